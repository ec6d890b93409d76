// Every widget page, generically, against hostile URLs: 1,000 generated query strings per page
// applied to one loaded page through the widgets' own URL handling (history.replaceState +
// popstate) and 12 real navigations never throw, never violate the CSP, never print
// NaN/Infinity/undefined/null, never blank a chart, never inject markup, and every rejected
// parameter gets a visible notice. Parameter names come from the schemas exported by src/figures/*.ts.
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { networkQuiet, openPage, useBrowser, type PageLog } from '../setup/browser';
import { recordCspViolations, scrollThrough } from '../setup/page-checks';
import { parseDocument } from '../setup/site-pages';
import { applyInPage, installObserver, observationProblems, observe, withDeadline, type Observation } from '../setup/url-fuzz';
import { rejects, type FoundSchema } from '../setup/url-schemas';
import { errorsOf, noticeProblem, PROBE, queryArbitrary, schemas, SEED, widgetPages } from '../setup/widget-harness';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const FUZZ_RUNS = 1000;
const BATCH = 50;

/** A page with CSP violations recorded from its first byte (the observer reports them per state). */
async function openRecordedPage() {
  const opened = await openPage(browser);
  await recordCspViolations(opened.page.context());
  return opened;
}

/** Log entries (exceptions, console errors and warnings) added since `seen`, for naming the states that caused them. */
function newErrors(log: PageLog, seen: number): string[] {
  return errorsOf(log).slice(seen);
}

describe('URL-state schemas', () => {
  it('are found in src/figures and every parameter rejects the probe value', () => {
    for (const schema of schemas) for (const def of schema.params) expect(rejects(def, PROBE), `${schema.id}.${def.name}`).toBe(true);
  });
});

describe.each(widgetPages.map((p) => [p] as const))('widgets on /%s', (path) => {
  const url = `${siteUrl}${path}`;
  // Found by the first test; the fuzz tests below need it (without it they would test nothing).
  let owned: FoundSchema[] | undefined;
  let names: string[] = [];
  const ownedParams = () => {
    if (!owned) throw new Error('the parameters this page listens to are unknown: the notice test above failed or did not run');
    return owned.flatMap((s) => s.params);
  };
  const probeQuery = () => names.map((n) => `${n}=${encodeURIComponent(PROBE)}`).join('&');

  it('react to the URL: a rejected parameter gets a visible notice, on load and on popstate', async () => {
    const allNames = [...new Set(schemas.flatMap((s) => s.params.map((p) => p.name)))];
    const { page, log } = await openRecordedPage();
    await page.goto(`${url}?${allNames.map((n) => `${n}=${encodeURIComponent(PROBE)}`).join('&')}`, { waitUntil: 'load' });
    await networkQuiet(page);
    await installObserver(page);
    const onLoad = await observe(page, allNames);
    const found = schemas.filter((s) => s.params.every((p) => onLoad.noticeFor.includes(p.name)));
    names = [...new Set(found.flatMap((s) => s.params.map((p) => p.name)))].sort();
    const doc = parseDocument((await page.content()) ?? '');
    const hasFigureWidget = [...doc.querySelectorAll('main *')].some(
      (el) => (el.tagName.includes('-') || el.hasAttribute('data-widget')) && el.querySelector('figure svg, svg[role="img"]'),
    );
    if (hasFigureWidget)
      expect(
        found.map((s) => s.id),
        'a figure widget should keep its state in the URL',
      ).not.toEqual([]);
    // The same notices after a URL change without reload: the widgets re-parse on popstate.
    const [clean, again] = await applyInPage(page, ['', probeQuery()], names);
    expect(clean!.noticeFor).toEqual([]);
    expect(again!.noticeFor.sort()).toEqual(names);
    for (const o of [onLoad, clean!, again!]) expect(observationProblems(o, onLoad)).toEqual([]);
    expect(errorsOf(log)).toEqual([]);
    owned = found;
    await page.context().close();
  });

  it(`survive ${FUZZ_RUNS.toLocaleString('en')} generated query strings applied in-page (replaceState + popstate)`, { timeout: 600_000 }, async () => {
    const params = ownedParams();
    if (params.length === 0) return; // no URL state on this page: nothing to fuzz (asserted above for figures)
    const queries = fc.sample(queryArbitrary(params), { numRuns: FUZZ_RUNS, seed: SEED });
    const { page, log } = await openRecordedPage();
    await page.goto(url, { waitUntil: 'load' });
    await scrollThrough(page);
    await installObserver(page);
    // Every widget loads its figure code on its first URL change: load it now, so each state below is drawn in full.
    await applyInPage(page, [probeQuery()], names);
    await networkQuiet(page);
    const [baseline] = await applyInPage(page, [''], names);
    expect(observationProblems(baseline!, baseline!), 'the page without a query').toEqual([]);
    const problems: string[] = [];
    const name = (i: number) => `#${i} ?${queries[i]!.slice(0, 120)}`;
    for (let i = 0; i < queries.length && problems.length <= 20; i += BATCH) {
      const batch = queries.slice(i, i + BATCH);
      const logged = errorsOf(log).length;
      let observations: Observation[];
      try {
        observations = await applyInPage(page, batch, names);
      } catch (error) {
        problems.push(`states ${name(i)} to #${i + batch.length - 1}: ${error instanceof Error ? error.message : String(error)}`);
        break;
      }
      let explained = false;
      observations.forEach((o, j) => {
        const k = i + j;
        // An error or a CSP report may arrive a task after the state that caused it.
        const also = o.errors.length || o.csp.length ? ` (or the state before it, ${k > 0 ? name(k - 1) : 'the page without a query'})` : '';
        explained ||= also !== '';
        for (const p of observationProblems(o, baseline!)) problems.push(`${name(k)}: ${p}${also}`);
        const noticeIssue = noticeProblem(queries[k]!, owned!, o.noticeFor);
        if (noticeIssue) problems.push(`${name(k)}: ${noticeIssue}`);
      });
      // What the browser logged itself (a failed load, say), when no state above explains it.
      if (!explained) for (const entry of newErrors(log, logged)) problems.push(`states ${name(i)} to #${i + batch.length - 1}: ${entry}`);
    }
    expect(problems.slice(0, 20), `states are fc.sample(queryArbitrary(params), { numRuns: ${FUZZ_RUNS}, seed: ${SEED} })`).toEqual([]);
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });

  it('survive 12 real navigations to generated query strings', { timeout: 600_000 }, async () => {
    const params = ownedParams();
    if (params.length === 0) return;
    const queries = fc.sample(queryArbitrary(params), { numRuns: 12, seed: SEED + 1 });
    const { page, log } = await openRecordedPage();
    await page.goto(url, { waitUntil: 'load' });
    await networkQuiet(page);
    await installObserver(page);
    const baseline = await observe(page, names);
    expect(observationProblems(baseline, baseline), 'the page without a query').toEqual([]);
    const problems: string[] = [];
    for (const [i, q] of queries.entries()) {
      const name = `#${i} ?${q.slice(0, 100)}`;
      const logged = errorsOf(log).length;
      await page.goto(`${url}?${q}`, { waitUntil: 'load' });
      await networkQuiet(page); // the figure code the URL asked for has loaded
      await installObserver(page);
      const o = await withDeadline(observe(page, names), 60_000, `observing ${name}`);
      for (const p of observationProblems(o, baseline)) problems.push(`${name}: ${p}`);
      const noticeIssue = noticeProblem(q, owned!, o.noticeFor);
      if (noticeIssue) problems.push(`${name}: ${noticeIssue}`);
      for (const entry of newErrors(log, logged)) problems.push(`${name}: ${entry}`);
    }
    expect(problems).toEqual([]);
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });
});
