#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (/usr/bin/chromium); nothing downloads a browser.
# On a fresh Debian machine where we are root, install it; otherwise say exactly what to do.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$bin" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package (one time)…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$bin" ] && exit 0
fi
echo "Chromium not found at $bin. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH." >&2
exit 1
