// The in-page side of the URL fuzz (site-widgets-url, site-widgets-input): an observer that reads
// what a reader would see after a URL change, and a driver that applies many query strings to one
// loaded page through the widgets' own URL handling (history.replaceState + popstate).
import type { Page } from 'playwright-core';

export interface Observation {
  /** Parameter names with a visible "Ignored name=…" notice. */
  noticeFor: string[];
  /** NaN/Infinity/undefined/null words in the page's text (notice lines, which echo the raw value, excluded). */
  badText: number;
  /** Figure and widget attributes holding NaN/Infinity/undefined. */
  badAttributes: string[];
  /** Charts that show nothing: missing, sizeless, unlabelled, or drawing no mark beyond the axes. */
  blankCharts: string[];
  /** <script> elements in the document (the page's own: a change means one was written in). */
  scripts: number;
  /** Elements only injected markup makes: an img with src="x", an inline script in <main>. */
  injected: number;
  /** Exceptions, unhandled rejections and console errors/warnings since the last observation. */
  errors: string[];
  /** Content-Security-Policy violations since the last observation. */
  csp: string[];
}

/**
 * Runs in the page: reads the observation. Plot draws an axis as grid lines (a group with
 * stroke-opacity 0.1), tick paths ("M0,0L0,6") and text; a chart whose every shape is one of those
 * draws no data.
 */
const OBSERVE = `(names) => {
  const lines = document.body.innerText.split('\\n').filter((l) => !l.includes('Ignored '));
  const badText = lines.join('\\n').match(/\\bNaN\\b|\\bInfinity\\b|\\bundefined\\b|\\bnull\\b/g)?.length ?? 0;
  const badAttributes = [];
  for (const el of document.querySelectorAll('main figure *, main [data-widget] *')) {
    for (const a of el.attributes) if (/^(d|x|y|x1|x2|y1|y2|cx|cy|r|width|height|transform|points|viewBox|value|aria-valuenow|aria-valuetext)$/.test(a.name) && /NaN|Infinity|undefined/.test(a.value)) badAttributes.push(el.tagName + ' ' + a.name + '=' + a.value.slice(0, 40));
  }
  const blankCharts = [];
  const TICK = /^M0,0[LHV]-?[\\d.]+(,-?[\\d.]+)?$/;
  for (const holder of document.querySelectorAll('main figure [data-chart]')) {
    let owner = holder.parentElement;
    while (owner && !owner.tagName.includes('-') && !owner.hasAttribute('data-widget')) owner = owner.parentElement;
    const where = owner ? '<' + owner.tagName.toLowerCase() + '>' : 'a figure';
    // The build's wide and narrow variants: only the one shown at this width counts.
    const charts = [...holder.querySelectorAll('svg[role="img"]')].filter((svg) => svg.getClientRects().length > 0);
    if (charts.length !== 1) { blankCharts.push(where + ': ' + charts.length + ' charts in the chart box'); continue; }
    const svg = charts[0];
    const size = ['width', 'height'].map((k) => Number(svg.getAttribute(k)));
    if (!size.every((v) => Number.isFinite(v) && v > 0)) blankCharts.push(where + ': chart size ' + size.join('×'));
    if (!(svg.getAttribute('aria-label') ?? '').trim()) blankCharts.push(where + ': chart without a label');
    const marks = [...svg.querySelectorAll('path, line, rect, circle, ellipse, polygon, polyline, image, use')].filter((s) =>
      !(s.tagName === 'path' && TICK.test(s.getAttribute('d') ?? '')) && !(s.tagName === 'line' && s.parentElement?.getAttribute('stroke-opacity') === '0.1'));
    if (marks.length === 0) blankCharts.push(where + ': no mark beyond the axes');
  }
  const holders = [];
  const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.includes('Ignored ') && n.parentElement) holders.push(n.parentElement);
  const visible = holders.filter((h) => h.checkVisibility());
  const noticeFor = names.filter((name) => visible.some((h) => h.textContent.includes('Ignored ' + name + '=') || h.textContent.includes('Ignored ' + name + ' ')));
  const log = window.__fuzzLog;
  const errors = log.errors.splice(0);
  const violations = window.__cspViolations ?? ['the CSP listener is missing (recordCspViolations before the page loads)'];
  const csp = violations.slice(log.cspSeen);
  log.cspSeen = violations.length;
  return { noticeFor, badText, badAttributes, blankCharts, scripts: document.scripts.length, injected: document.querySelectorAll('img[src="x"], main script:not([src])').length, errors, csp };
}`;

/** Records exceptions, unhandled rejections and console errors/warnings from now on, in window.__fuzzLog. */
const RECORD_ERRORS = `(() => {
  if (window.__fuzzLog) return;
  const log = (window.__fuzzLog = { errors: [], cspSeen: (window.__cspViolations ?? []).length });
  addEventListener('error', (e) => log.errors.push('exception: ' + e.message + ' at ' + e.filename + ':' + e.lineno));
  // The message and the frame that threw: enough to find the code, short enough to list 20 states.
  const brief = (error) => String(error?.stack ?? error).split('\\n').slice(0, 2).join(' ');
  addEventListener('unhandledrejection', (e) => log.errors.push('unhandled rejection: ' + brief(e.reason)));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      log.errors.push('console.' + level + ': ' + args.map(String).join(' '));
      original.apply(console, args);
    };
  }
})()`;

/**
 * Defines window.__observe and starts recording errors (page.evaluate of a string goes through
 * DevTools, so the page's CSP allows it). CSP violations come from recordCspViolations
 * (page-checks.ts), which must be added to the context before the page loads.
 */
export async function installObserver(page: Page): Promise<void> {
  await page.evaluate(`${RECORD_ERRORS}; window.__observe = ${OBSERVE}`);
}

export function observe(page: Page, names: string[]): Promise<Observation> {
  return page.evaluate((n) => (window as unknown as { __observe: (n: string[]) => Observation }).__observe(n), names);
}

/** Rejects with `message` if `work` has not settled after `ms` milliseconds. */
export async function withDeadline<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (no answer after ${ms / 1000} s)`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Applies each query string in turn through the widgets' own URL handling and observes the page
 * after each. The widgets redraw in their popstate listeners and the promises these start, so one
 * task later the redraw is done; every tenth state (and the last) also waits for a painted frame
 * in case a redraw is scheduled with requestAnimationFrame. A frame wait gives up after 100 ms:
 * a page that is not painting (a starved renderer on a busy machine) must not hang the test.
 * @param deadlineMs the whole batch fails with a message naming its first state after this long
 */
export async function applyInPage(page: Page, queries: string[], names: string[], deadlineMs = 120_000): Promise<Observation[]> {
  const run = page.evaluate(
    async ({ queries, names }) => {
      const read = (window as unknown as { __observe: (n: string[]) => Observation }).__observe;
      const channel = new MessageChannel();
      const nextTask = () =>
        new Promise<void>((resolve) => {
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        });
      const paintedFrame = () =>
        new Promise<void>((resolve) => {
          requestAnimationFrame(() => setTimeout(resolve, 0));
          setTimeout(resolve, 100);
        });
      const out: Observation[] = [];
      for (const [i, q] of queries.entries()) {
        history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}`);
        dispatchEvent(new PopStateEvent('popstate', { state: null }));
        await nextTask();
        if (i % 10 === 9 || i === queries.length - 1) await paintedFrame();
        out.push(read(names));
      }
      channel.port1.close();
      return out;
    },
    { queries, names },
  );
  return withDeadline(run, deadlineMs, `the page stopped answering while applying ${queries.length} query strings from ?${(queries[0] ?? '').slice(0, 80)}`);
}

/**
 * What a reader should never see after a URL change, compared with the page before any change
 * (text that already said "null" in the prose, the page's own scripts).
 */
export function observationProblems(o: Observation, baseline: Observation): string[] {
  const problems: string[] = [];
  if (o.badText > baseline.badText) problems.push('NaN/Infinity/undefined/null in the text');
  if (o.badAttributes.length) problems.push(o.badAttributes[0]!);
  if (o.blankCharts.length) problems.push(`blank chart: ${o.blankCharts[0]}`);
  if (o.scripts !== baseline.scripts || o.injected) problems.push('markup injected');
  if (o.errors.length) problems.push(o.errors[0]!);
  if (o.csp.length) problems.push(`CSP violation: ${o.csp[0]}`);
  return problems;
}
