// JavaScript a built page loads on first load, read from the HTML: <script src>, module scripts,
// modulepreload links, and every module those import statically (dynamic import() is excluded:
// it only loads on interaction or scroll). Sizes raw and gzip (level 9, as a server would send).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string} text */
export function gzipSize(text) {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

/** Static `import … from "x"` / `import "x"` / `export … from "x"` specifiers of a module. */
export function staticImports(/** @type {string} */ code) {
  const out = new Set();
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) out.add(m[1]);
  return [...out];
}

/**
 * @param {string} root dist directory
 * @param {string} htmlFile path of the page relative to root
 * @param {string} base URL base of the build ('/')
 * @returns {{ files: string[], raw: number, gzip: number, inlineRaw: number }}
 */
export function firstLoadJs(root, htmlFile, base = '/') {
  const html = readFileSync(join(root, htmlFile), 'utf8');
  const pageDir = posix.dirname(`/${htmlFile}`);
  const toFile = (/** @type {string} */ url, /** @type {string} */ from) => {
    if (/^[a-z]+:/i.test(url)) return undefined;
    const abs = url.startsWith('/') ? url : posix.join(from, url);
    const rel = abs.startsWith(base) ? abs.slice(base.length) : abs.slice(1);
    return existsSync(join(root, rel)) ? rel : undefined;
  };
  const queue = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)) queue.push(toFile(m[1], pageDir));
  for (const m of html.matchAll(/<link\b[^>]*rel=["']modulepreload["'][^>]*href=["']([^"']+)["']/g)) queue.push(toFile(m[1], pageDir));
  const seen = new Set();
  while (queue.length) {
    const file = queue.pop();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const spec of staticImports(code)) if (spec.startsWith('.') || spec.startsWith('/')) queue.push(toFile(spec, posix.join('/', dirname(file))));
  }
  let raw = 0;
  let gzip = 0;
  for (const file of seen) {
    const code = readFileSync(join(root, file), 'utf8');
    raw += Buffer.byteLength(code);
    gzip += gzipSize(code);
  }
  let inlineRaw = 0;
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) inlineRaw += Buffer.byteLength(m[1]);
  return { files: [...seen].sort(), raw, gzip, inlineRaw };
}
