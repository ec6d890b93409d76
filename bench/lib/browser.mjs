// Measurements in Debian's Chromium: JavaScript transferred on first load and after the first
// interaction, time to the first chart, and control-change → redrawn-SVG latency.
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** Records when the first labelled chart SVG exists, in performance.now() ms. */
const FIRST_CHART = () => {
  const w = /** @type {any} */ (window);
  w.__firstChart = undefined;
  const check = () => {
    if (w.__firstChart === undefined && document.querySelector('svg[role="img"]')) w.__firstChart = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
};

/** Median and 95th percentile of a list of numbers. */
export function stats(/** @type {number[]} */ xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (/** @type {number} */ p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, median: s.length ? q(0.5) : NaN, p95: s.length ? q(0.95) : NaN };
}

/**
 * Loads `url`, measures JS transferred and the first chart, then changes the first <select> of the
 * widget (or of the page) `changes` times and times each redraw.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ changes?: number, measureName?: RegExp, origin: string }} options
 */
export async function measurePage(browser, url, { changes = 60, measureName = /:redraw$/, origin }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(FIRST_CHART);
  /** @type {{ url: string, raw: number, gzip: number, phase: string }[]} */
  const scripts = [];
  const foreign = new Set();
  let phase = 'load';
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (!/^(data|blob):/.test(req.url()) && u.origin !== origin) foreign.add(req.url());
  });
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    const current = phase;
    try {
      const body = await res.body();
      scripts.push({ url: res.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length, phase: current });
    } catch {
      /* redirects have no body */
    }
  });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => /** @type {any} */ (window).__firstChart !== undefined, null, { timeout: 15000 }).catch(() => undefined);
  const firstChart = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const svg = /** @type {any} */ (window).__firstChart;
    return svg === undefined ? null : Math.max(svg, fcp);
  });
  const loadWall = Date.now() - t0;

  // First interaction: pick the next option of the first select (what a reader does first).
  phase = 'interaction';
  const select = page.locator('main select, body select').first();
  const hasSelect = (await select.count()) > 0;
  /** @type {number[]} */
  let latencies = [];
  /** @type {number[]} */
  let measures = [];
  if (hasSelect) {
    await select.scrollIntoViewIfNeeded();
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => /** @type {HTMLOptionElement} */ (o).value));
    const current = await select.inputValue();
    await select.selectOption(options[(options.indexOf(current) + 1) % options.length]);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const result = await select.evaluate(
      async (el, { n, pattern }) => {
        const sel = /** @type {HTMLSelectElement} */ (el);
        let root = /** @type {Element} */ (document.body);
        for (let el = sel.parentElement; el; el = el.parentElement) if (el.hasAttribute('data-widget') || el.tagName.includes('-')) root = el;
        // The next frame, or 100 ms if the browser stops painting (a background tab never paints,
        // and an uncapped wait here once hung the whole bench).
        const frame = () =>
          new Promise((r) => {
            let settled = false;
            const go = () => {
              if (settled) return;
              settled = true;
              setTimeout(r, 0);
            };
            requestAnimationFrame(go);
            setTimeout(go, 100);
          });
        const re = new RegExp(pattern);
        const before = performance.getEntriesByType('measure').length;
        const lat = [];
        for (let i = 0; i < n; i++) {
          await frame();
          const next = sel.options[(sel.selectedIndex + 1) % sel.options.length].value;
          const done = new Promise((resolve) => {
            const timer = setTimeout(() => {
              mo.disconnect();
              resolve(NaN);
            }, 3000);
            const mo = new MutationObserver((records) => {
              if (
                records.some(
                  (r) =>
                    r.target instanceof SVGElement ||
                    [...r.addedNodes].some((a) => a instanceof SVGElement || (a instanceof Element && a.querySelector('svg'))),
                )
              ) {
                clearTimeout(timer);
                mo.disconnect();
                resolve(performance.now());
              }
            });
            mo.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
          });
          const t = performance.now();
          sel.value = next;
          sel.dispatchEvent(new Event('input', { bubbles: true }));
          sel.dispatchEvent(new Event('change', { bubbles: true }));
          lat.push(/** @type {number} */ (await done) - t);
        }
        const ms = performance
          .getEntriesByType('measure')
          .slice(before)
          .filter((m) => re.test(m.name))
          .map((m) => m.duration);
        return { lat, ms };
      },
      { n: changes, pattern: measureName.source },
    );
    latencies = result.lat.filter((x) => Number.isFinite(x));
    measures = result.ms;
  }
  await context.close();
  const sum = (/** @type {string} */ p, /** @type {'raw'|'gzip'} */ k) => scripts.filter((s) => p === 'all' || s.phase === p).reduce((a, s) => a + s[k], 0);
  return {
    url,
    firstLoad: { raw: sum('load', 'raw'), gzip: sum('load', 'gzip') },
    afterInteraction: { raw: sum('all', 'raw'), gzip: sum('all', 'gzip') },
    firstChartMs: firstChart,
    loadWallMs: loadWall,
    interacted: hasSelect,
    redrawMutation: stats(latencies),
    redrawMeasure: stats(measures),
    foreignRequests: [...foreign],
  };
}
