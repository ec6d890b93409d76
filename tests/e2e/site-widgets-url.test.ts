// Every widget page, generically, against hostile URLs: ≥ 1,000 generated query strings per page
// applied in-page (history.replaceState + popstate) and 12 real navigations never throw, never
// print NaN/Infinity/undefined/null, never inject markup, and every rejected parameter gets a
// visible notice. Parameter names come from the schemas exported by src/figures/*.ts.
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../setup/browser';
import { scrollThrough } from '../setup/page-checks';
import { parseDocument } from '../setup/site-pages';
import { rejects, type FoundSchema } from '../setup/url-schemas';
import { applyInPage, errorsOf, installObserver, noticeProblem, observe, PROBE, queryArbitrary, schemas, SEED, widgetPages } from '../setup/widget-harness';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

describe('URL-state schemas', () => {
  it('are found in src/figures and every parameter rejects the probe value', () => {
    for (const schema of schemas) for (const def of schema.params) expect(rejects(def, PROBE), `${schema.id}.${def.name}`).toBe(true);
  });
});

describe.each(widgetPages.map((p) => [p] as const))('widgets on /%s', (path) => {
  const url = `${siteUrl}${path}`;
  let owned: FoundSchema[] = [];
  let names: string[] = [];

  it('react to the URL: a rejected parameter gets a visible notice, on load and on popstate', async () => {
    const allNames = [...new Set(schemas.flatMap((s) => s.params.map((p) => p.name)))];
    const { page, log } = await openPage(browser);
    await page.goto(`${url}?${allNames.map((n) => `${n}=${encodeURIComponent(PROBE)}`).join('&')}`, { waitUntil: 'networkidle' });
    await installObserver(page);
    const onLoad = await observe(page, allNames);
    owned = schemas.filter((s) => s.params.every((p) => onLoad.noticeFor.includes(p.name)));
    names = [...new Set(owned.flatMap((s) => s.params.map((p) => p.name)))].sort();
    const doc = parseDocument((await page.content()) ?? '');
    const hasFigureWidget = [...doc.querySelectorAll('main *')].some(
      (el) => (el.tagName.includes('-') || el.hasAttribute('data-widget')) && el.querySelector('figure svg, svg[role="img"]'),
    );
    if (hasFigureWidget)
      expect(
        owned.map((s) => s.id),
        'a figure widget should keep its state in the URL',
      ).not.toEqual([]);
    // The same notices after a URL change without reload: the widgets re-parse on popstate.
    const [clean, again] = await applyInPage(page, ['', names.map((n) => `${n}=${encodeURIComponent(PROBE)}`).join('&')], names);
    expect(clean!.noticeFor).toEqual([]);
    expect(again!.noticeFor.sort()).toEqual(names);
    expect(onLoad.badAttributes).toEqual([]);
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });

  it('survive 1,000 generated query strings applied in-page (replaceState + popstate)', { timeout: 900_000 }, async () => {
    const params = owned.flatMap((s) => s.params);
    if (params.length === 0) return; // no URL state on this page: nothing to fuzz (asserted above for figures)
    const queries = fc.sample(queryArbitrary(params), { numRuns: 1000, seed: SEED });
    const { page, log } = await openPage(browser);
    await page.goto(url, { waitUntil: 'networkidle' });
    await scrollThrough(page);
    await installObserver(page);
    const [baseline] = await applyInPage(page, [''], names);
    const problems: string[] = [];
    for (let i = 0; i < queries.length; i += 50) {
      const batch = queries.slice(i, i + 50);
      const observations = await applyInPage(page, batch, names);
      observations.forEach((o, j) => {
        const q = batch[j]!;
        const tag = `?${q.slice(0, 120)}`;
        if (o.badText > baseline!.badText) problems.push(`${tag}: NaN/Infinity/undefined/null in the text`);
        if (o.badAttributes.length) problems.push(`${tag}: ${o.badAttributes[0]}`);
        if (o.scripts !== baseline!.scripts || o.injected) problems.push(`${tag}: markup injected`);
        const noticeIssue = noticeProblem(q, owned, o.noticeFor);
        if (noticeIssue) problems.push(`${tag}: ${noticeIssue}`);
      });
      if (problems.length > 20 || log.pageErrors.length) break;
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });

  it('survive 12 real navigations to generated query strings', { timeout: 600_000 }, async () => {
    const params = owned.flatMap((s) => s.params);
    if (params.length === 0) return;
    const queries = fc.sample(queryArbitrary(params), { numRuns: 12, seed: SEED + 1 });
    const { page, log } = await openPage(browser);
    const problems: string[] = [];
    for (const q of queries) {
      await page.goto(`${url}?${q}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await installObserver(page);
      const o = await observe(page, names);
      if (o.badAttributes.length || o.injected) problems.push(`?${q.slice(0, 100)}: ${o.badAttributes[0] ?? 'markup injected'}`);
      const noticeIssue = noticeProblem(q, owned, o.noticeFor);
      if (noticeIssue) problems.push(`?${q.slice(0, 100)}: ${noticeIssue}`);
    }
    expect(problems).toEqual([]);
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });
});
