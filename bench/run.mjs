// `npm run bench`: cold build time, JavaScript bytes per page, redraw latency per widget and
// Lighthouse scores for the site, next to the same Fig. 2 built with Observable Framework and
// with plain UMD bundles. Prints one table and writes bench/results.json. Never asserts: the
// targets are printed beside the measurements. BENCH_LIGHTHOUSE=0 skips Lighthouse.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '../tests/setup/static-server.ts';
import { launch, measurePage } from './lib/browser.mjs';
import { firstLoadJs } from './lib/js-bytes.mjs';
import { lighthouseScores } from './lib/lighthouse.mjs';
import { buildPeers } from './lib/peers.mjs';

const DIST = 'dist-bench';
const kb = (/** @type {number} */ b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (/** @type {number | null | undefined} */ x) => (x == null || !Number.isFinite(x) ? '—' : `${x.toFixed(1)} ms`);

/** Cold build: caches removed first, output in dist-bench/ so a running dev server keeps dist/. */
function coldBuild() {
  for (const dir of [DIST, '.astro', 'node_modules/.vite']) rmSync(dir, { recursive: true, force: true });
  const t0 = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], { encoding: 'utf8', env: { ...process.env, OUT_DIR: `./${DIST}` } });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return performance.now() - t0;
}

/** @param {string} root */
function htmlPages(root) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') out.push(relative(root, full));
    }
  };
  walk(root);
  return out.sort();
}

/** @param {string} html */
function isWidgetPage(html) {
  const main = html.slice(html.indexOf('<main'));
  return /<[a-z][a-z0-9]*-[a-z0-9-]*[\s>]/.test(main) && /<(select|input)\b/.test(main);
}

const results = /** @type {any} */ ({ date: new Date().toISOString(), node: process.version });
console.error('cold build …');
results.coldBuildMs = coldBuild();
console.error('peers …');
const peers = await buildPeers();
results.frameworkBuildMs = peers.frameworkBuildMs;

const site = await serveStatic(DIST, '/');
const fw = await serveStatic(peers.frameworkDir, '/');
const umd = await serveStatic(peers.umdDir, '/');
try {
  const pages = htmlPages(DIST).map((file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const path = file === 'index.html' ? '' : file.slice(0, -'index.html'.length);
    return {
      file,
      path,
      widget: isWidgetPage(html),
      isFig2: /fig-?2/i.test(html.slice(html.indexOf('<main'))) && isWidgetPage(html),
      js: firstLoadJs(DIST, file),
    };
  });
  results.pages = pages.map(({ file, path, widget, js }) => ({
    file,
    path,
    widget,
    jsRaw: js.raw,
    jsGzip: js.gzip,
    inlineScriptRaw: js.inlineRaw,
    files: js.files,
  }));

  console.error('Chromium …');
  const browser = await launch();
  results.widgets = [];
  for (const p of pages.filter((x) => x.widget)) {
    results.widgets.push({ path: p.path, ...(await measurePage(browser, `${site.url}${p.path}`, { origin: new URL(site.url).origin })) });
  }
  results.peers = {
    framework: await measurePage(browser, fw.url, { origin: new URL(fw.url).origin, measureName: /^peer:redraw$/ }),
    umd: await measurePage(browser, umd.url, { origin: new URL(umd.url).origin, measureName: /^peer:redraw$/ }),
  };
  await browser.close();
  const fig2 = pages.find((p) => p.isFig2) ?? pages.find((p) => p.widget);
  results.oursForComparison = fig2 ? { path: fig2.path, isFig2: fig2.isFig2 } : null;

  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    console.error('Lighthouse …');
    const urls = [...pages.map((p) => `${site.url}${p.path}`), fw.url, umd.url];
    results.lighthouse = await lighthouseScores(urls);
  }
} finally {
  await Promise.all([site.close(), fw.close(), umd.close()]);
}

writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

// One table: pages, then the three Fig. 2 implementations side by side.
const lh = (/** @type {string} */ url) => {
  const s = results.lighthouse?.[url];
  return s ? `${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}` : '—';
};
const rows = [['page', 'JS first load (raw / gzip)', 'after 1st interaction (gzip)', 'redraw median / p95', 'Lighthouse P/A/BP/SEO']];
const origin = 'http://127.0.0.1';
for (const p of results.pages) {
  const w = results.widgets.find((x) => /** @type {any} */ (x).path === p.path);
  const url = Object.keys(results.lighthouse ?? {}).find((u) => u.startsWith(origin) && new URL(u).pathname === `/${p.path}`) ?? '';
  const redraw = w ? (w.redrawMeasure.n ? w.redrawMeasure : w.redrawMutation) : null;
  rows.push([
    `/${p.path}`,
    `${kb(p.jsRaw)} / ${kb(p.jsGzip)}`,
    w ? kb(w.afterInteraction.gzip) : '—',
    redraw ? `${ms(redraw.median)} / ${ms(redraw.p95)}` : '—',
    lh(url),
  ]);
}
const ours = results.widgets.find((/** @type {any} */ w) => w.path === results.oursForComparison?.path);
const oursStatic = results.pages.find((/** @type {any} */ p) => p.path === results.oursForComparison?.path);
const impl = [
  ['ours', ours, ours?.url],
  ['Framework', results.peers.framework, results.peers.framework.url],
  ['UMD', results.peers.umd, results.peers.umd.url],
];
rows.push(['', '', '', '', '']);
rows.push([
  `Fig. 2 (ours = /${results.oursForComparison?.path ?? '?'}${results.oursForComparison?.isFig2 ? '' : ', not Fig. 2'})`,
  'JS loaded before interaction, gzip',
  'after interaction gzip',
  'redraw (mutation) median / p95',
  'first chart',
]);
for (const [name, m, url] of impl) {
  if (!m) continue;
  const ratio = (/** @type {number} */ a, /** @type {number} */ b) => (ours && b ? ` (ours ×${(a / b).toFixed(2)})` : '');
  rows.push([
    `${name} ${lh(url)}`,
    name === 'ours'
      ? `${kb(m.firstLoad.gzip)} (${kb(oursStatic?.jsGzip ?? 0)} in the HTML; Plot loads when the figure nears the viewport)`
      : `${kb(m.firstLoad.gzip)}${ratio(ours?.firstLoad.gzip ?? 0, m.firstLoad.gzip)}`,
    `${kb(m.afterInteraction.gzip)}${name === 'ours' ? '' : ratio(ours?.afterInteraction.gzip ?? 0, m.afterInteraction.gzip)}`,
    `${ms(m.redrawMutation.median)} / ${ms(m.redrawMutation.p95)}`,
    ms(m.firstChartMs),
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
console.log(`cold astro build: ${(results.coldBuildMs / 1000).toFixed(1)} s; Framework peer build: ${(results.frameworkBuildMs / 1000).toFixed(1)} s`);
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join(' │ '));
console.log(
  'targets: 0 B JS on prose pages; widget pages ≤ 10 KB gzip first load, ≤ 100 KB after interaction; redraw median ≤ 8 ms, p95 ≤ 16 ms; Lighthouse 100s; ours ≤ ½ of either peer',
);
const foreign = [...results.widgets, results.peers.framework, results.peers.umd].flatMap((/** @type {any} */ m) => m.foreignRequests);
console.log(foreign.length ? `foreign requests: ${foreign.join(', ')}` : 'foreign requests: none (site and both peers)');
