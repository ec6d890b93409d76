// Every widget on every page, generically: controls are reachable with Tab and operable with keys
// alone; hostile URL query strings (≥ 1,000 per page, applied in-page through history.replaceState
// + popstate, plus ~30 real navigations) and hostile typed numbers never throw, never print NaN,
// Infinity, undefined or null, never inject markup, and every rejected parameter gets a visible
// notice. Parameter names come from the schemas exported by src/figures/*.ts.
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, type PageLog } from '../setup/browser';
import { scrollThrough, WIDGET_ROOTS_SCRIPT } from '../setup/page-checks';
import { builtPages, DIST, parseDocument } from '../setup/site-pages';
import { findSchemas, rejects, type FoundSchema } from '../setup/url-schemas';
import type { ParamDef } from '../../src/figures/url-state';

const siteUrl = inject('siteUrl');
const schemas = await findSchemas();
const SEED = 20230811; // fixed: a failure reproduces with the same queries

/** Pages whose <main> holds a custom element or [data-widget] element with a form control. */
const widgetPages = builtPages(DIST)
  .filter((p) => {
    const doc = parseDocument(p.html);
    return [...doc.querySelectorAll('main *')].some(
      (el) => (el.tagName.includes('-') || el.hasAttribute('data-widget')) && el.querySelector('input, select, textarea') !== null,
    );
  })
  .map((p) => p.path);

/** A value every parameter kind rejects: used to find which parameters a page listens to. */
const PROBE = '\u0007<probe>';

const HOSTILE = [
  'NaN', 'nan', 'Infinity', '-Infinity', '+Infinity', '1e400', '-1e400', '1e-400', '1e308', '-1e308', '5e-324', '0', '-0',
  '-1', '-5', '', ' ', '  1  ', '1.', '.5', '1e', 'e5', '0x10', '0b1', '1_000', '1,5', '١٢٣', '𝟙', '½', '∞', '‮1', '\u0000',
  'null', 'undefined', 'true', 'false', 'none', '[]', '{}', '__proto__', 'constructor', '%', '%%', '%E0%A4%A', '+',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert('x')", '${7*7}', '{{7*7}}',
  'x'.repeat(5_000), '9'.repeat(400), `1${'0'.repeat(320)}`, '-'.repeat(100), '~'.repeat(50), ',,,,', 'mu,mu,tau', 'τ', 'μ',
];

/** Tokens a parameter accepts, mined from its own error message and default (enum values, ids). */
function validTokens(def: ParamDef<unknown>): string[] {
  const tokens = [def.format(def.fallback)];
  try {
    const result = def.parse(PROBE);
    const error = 'error' in result ? result.error : '';
    const list = /expected one of ([^;]+)|known: ([^;]+)/.exec(error);
    if (list) tokens.push(...(list[1] ?? list[2] ?? '').split(/,\s*/).map((s) => s.trim()).filter(Boolean));
  } catch {
    /* a throwing parser is reported by the fuzz run itself */
  }
  const x = Number(tokens[0]);
  if (Number.isFinite(x) && tokens[0] !== '') tokens.push(...[0.5, 2, 10, 0.1, -1].map((k) => String(x * k)));
  return [...new Set(tokens)];
}

/** Arbitrary query strings over the given parameters: valid, boundary, hostile, repeated, unknown keys. */
function queryArbitrary(params: ParamDef<unknown>[]): fc.Arbitrary<string> {
  const names = [...new Set(params.map((p) => p.name))];
  const tokens = [...new Set(params.flatMap(validTokens))];
  const name = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
  const value = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...tokens) },
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 2, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 4 }).map((a) => a.join(',')) },
  );
  return fc
    .tuple(fc.array(fc.tuple(name, value), { maxLength: 7 }), fc.boolean())
    .map(([pairs, encode]) =>
      pairs.map(([n, v]) => (encode ? `${encodeURIComponent(n)}=${encodeURIComponent(v)}` : `${n}=${v.replace(/[#&]/g, '')}`)).join('&'),
    );
}

interface Observation {
  noticeFor: string[];
  badText: number;
  badAttributes: string[];
  scripts: number;
  injected: number;
}

/** Runs in the page: reads what a reader would see after a URL change. */
const OBSERVE = `(names) => {
  const lines = document.body.innerText.split('\\n').filter((l) => !l.includes('Ignored '));
  const badText = lines.join('\\n').match(/\\bNaN\\b|\\bInfinity\\b|\\bundefined\\b|\\bnull\\b/g)?.length ?? 0;
  const badAttributes = [];
  for (const el of document.querySelectorAll('main figure *, main [data-widget] *')) {
    for (const a of el.attributes) if (/^(d|x|y|x1|x2|y1|y2|cx|cy|r|width|height|transform|points|viewBox|value|aria-valuenow|aria-valuetext)$/.test(a.name) && /NaN|Infinity|undefined/.test(a.value)) badAttributes.push(el.tagName + ' ' + a.name + '=' + a.value.slice(0, 40));
  }
  const noticeFor = names.filter((name) => [...document.querySelectorAll('main *')].some((el) =>
    el.children.length === 0 && el.textContent.includes('Ignored ' + name + '=') && el.checkVisibility()));
  return { noticeFor, badText, badAttributes, scripts: document.scripts.length, injected: document.querySelectorAll('img[src="x"], main script:not([src])').length };
}`;

/** Defines window.__observe (page.evaluate of a string goes through DevTools, so the CSP allows it). */
async function installObserver(page: Page): Promise<void> {
  await page.evaluate(`window.__observe = ${OBSERVE}`);
}

function observe(page: Page, names: string[]): Promise<Observation> {
  return page.evaluate((n) => (window as unknown as { __observe: (n: string[]) => Observation }).__observe(n), names);
}

async function applyInPage(page: Page, queries: string[], names: string[]): Promise<Observation[]> {
  return page.evaluate(
    async ({ queries, names }) => {
      const read = (window as unknown as { __observe: (n: string[]) => Observation }).__observe;
      const out: Observation[] = [];
      for (const q of queries) {
        history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}`);
        dispatchEvent(new PopStateEvent('popstate', { state: null }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        out.push(read(names));
      }
      return out;
    },
    { queries, names },
  );
}

/** Names whose value in `query` some owning schema rejects, i.e. that must get a notice. */
function expectedNotices(query: string, owned: FoundSchema[]): string[] {
  const params = new URLSearchParams(query);
  const names = new Set<string>();
  for (const schema of owned) {
    for (const def of schema.params) {
      const raw = params.get(def.name);
      if (raw !== null && rejects(def, raw)) names.add(def.name);
    }
  }
  return [...names].sort();
}

function errorsOf(log: PageLog): string[] {
  return [...log.pageErrors, ...log.consoleErrors, ...log.consoleWarnings];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

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
    const hasFigureWidget = [...doc.querySelectorAll('main *')].some((el) => (el.tagName.includes('-') || el.hasAttribute('data-widget')) && el.querySelector('figure svg, svg[role="img"]'));
    if (hasFigureWidget) expect(owned.map((s) => s.id), 'a figure widget should keep its state in the URL').not.toEqual([]);
    // The same notices after a URL change without reload: the widgets re-parse on popstate.
    const [clean, again] = await applyInPage(page, ['', names.map((n) => `${n}=${encodeURIComponent(PROBE)}`).join('&')], names);
    expect(clean!.noticeFor).toEqual([]);
    expect(again!.noticeFor.sort()).toEqual(names);
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });

  it('survive 1,000 generated query strings applied in-page (replaceState + popstate)', async () => {
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
        const expected = expectedNotices(q, owned);
        const tag = `?${q.slice(0, 120)}`;
        if (o.badText > baseline!.badText) problems.push(`${tag}: NaN/Infinity/undefined/null in the text`);
        if (o.badAttributes.length) problems.push(`${tag}: ${o.badAttributes[0]}`);
        if (o.scripts !== baseline!.scripts || o.injected) problems.push(`${tag}: markup injected`);
        if (JSON.stringify(o.noticeFor.sort()) !== JSON.stringify(expected)) problems.push(`${tag}: notices for [${o.noticeFor}] but expected [${expected}]`);
      });
      if (problems.length > 20 || log.pageErrors.length) break;
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });

  it('survive 30 real navigations to generated query strings', async () => {
    const params = owned.flatMap((s) => s.params);
    if (params.length === 0) return;
    const queries = fc.sample(queryArbitrary(params), { numRuns: 30, seed: SEED + 1 });
    const { page, log } = await openPage(browser);
    const problems: string[] = [];
    for (const q of queries) {
      await page.goto(`${url}?${q}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await installObserver(page);
      const o = await observe(page, names);
      const expected = expectedNotices(q, owned);
      if (o.badAttributes.length || o.injected) problems.push(`?${q.slice(0, 100)}: ${o.badAttributes[0] ?? 'markup injected'}`);
      if (JSON.stringify(o.noticeFor.sort()) !== JSON.stringify(expected)) problems.push(`?${q.slice(0, 100)}: notices [${o.noticeFor}] expected [${expected}]`);
    }
    expect(problems).toEqual([]);
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });

  it('every control is reached with Tab and changed with keys alone', async () => {
    const { page, log } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(url, { waitUntil: 'networkidle' });
    await scrollThrough(page);
    const controls = (await page.evaluate(`(() => {
      const roots = ${WIDGET_ROOTS_SCRIPT};
      const list = roots.flatMap((r) => [...r.querySelectorAll('input, select, textarea, button')])
        .filter((el) => !el.disabled && el.type !== 'hidden' && el.checkVisibility());
      list.forEach((el, i) => el.setAttribute('data-kb', String(i)));
      return list.map((el) => ({ tag: el.tagName.toLowerCase(), type: el.type ?? '', label: (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40) }));
    })()`)) as { tag: string; type: string; label: string }[];
    expect(controls.length).toBeGreaterThan(0);

    // Tab from the top of the page and record every control that receives focus.
    const reached = new Set<string>();
    const tabStops = await page.evaluate(() => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < tabStops + 10 && reached.size < controls.length; i++) {
      await page.keyboard.press('Tab');
      const kb = await page.evaluate(() => document.activeElement?.getAttribute('data-kb') ?? null);
      if (kb !== null) reached.add(kb);
    }
    const unreached = controls.filter((_, i) => !reached.has(String(i))).map((c) => `${c.tag}[${c.type}] "${c.label}"`);
    expect(unreached).toEqual([]);

    // Change each control with keys only and check that the widget noticed (URL, text or SVG changed).
    const snapshot = () => page.evaluate(`(() => location.search + '|' + ${WIDGET_ROOTS_SCRIPT}.map((r) => r.innerHTML).join('|'))()`) as Promise<string>;
    const unchanged: string[] = [];
    for (const [i, c] of controls.entries()) {
      if (c.tag === 'button') continue; // buttons act (download, copy, reset); reaching them is the keyboard requirement
      const el = page.locator(`[data-kb="${i}"]`);
      await el.focus();
      const before = await snapshot();
      if (c.type === 'checkbox' || c.type === 'radio') {
        await page.keyboard.press(c.type === 'radio' && (await el.isChecked()) ? 'ArrowRight' : 'Space');
      } else if (c.tag === 'select' || c.type === 'range') {
        await page.keyboard.press('ArrowDown');
        if ((await snapshot()) === before) await page.keyboard.press('ArrowUp');
      } else {
        const value = await el.inputValue();
        const x = Number(value);
        const candidates = Number.isFinite(x) && value.trim() !== '' ? [x * 1.5, x / 1.5, x + 1, x - 1] : ['1', '10'];
        for (const candidate of candidates) {
          await page.keyboard.press('ControlOrMeta+a');
          await page.keyboard.type(String(candidate));
          await page.keyboard.press('Enter');
          await page.waitForTimeout(50);
          if ((await snapshot()) !== before && (await el.getAttribute('aria-invalid')) !== 'true') break;
        }
      }
      await page.waitForTimeout(50);
      if ((await snapshot()) === before) unchanged.push(`${c.tag}[${c.type}] "${c.label}"`);
    }
    expect(unchanged).toEqual([]);
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });

  it('typed hostile numbers show a message next to the field and keep the last valid figure', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(url, { waitUntil: 'networkidle' });
    await scrollThrough(page);
    const fields = (await page.evaluate(`(() => {
      const roots = ${WIDGET_ROOTS_SCRIPT};
      const list = roots.flatMap((r) => [...r.querySelectorAll('input[type="number"], input[inputmode="decimal"], input[inputmode="numeric"]')]).filter((el) => !el.disabled && el.checkVisibility());
      list.forEach((el, i) => el.setAttribute('data-fuzz', String(i)));
      return list.length;
    })()`)) as number;
    if (fields === 0) return; // no typed numbers on this page
    await installObserver(page);
    const mustReject = ['', 'abc', 'NaN', 'Infinity', '1e400', '-1e400', '<script>alert(1)</script>', '1e', '--1', '١٢٣'];
    const random = fc.sample(fc.oneof(fc.constantFrom(...HOSTILE.filter((h) => h.length < 100)), fc.double().map(String), fc.string({ maxLength: 12 })), { numRuns: 40, seed: SEED + 2 });
    const figures = () => page.evaluate(() => [...document.querySelectorAll('main figure svg[role="img"]')].map((s) => s.outerHTML).join(''));
    const problems: string[] = [];
    for (let i = 0; i < fields; i++) {
      const field = page.locator(`[data-fuzz="${i}"]`);
      const original = await field.inputValue();
      for (const text of [...mustReject, ...random]) {
        await field.focus();
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.type(original);
        await page.keyboard.press('Tab');
        await page.waitForTimeout(20);
        const validFigure = await figures();
        await field.focus();
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.press('Delete');
        if (text) await page.keyboard.type(text);
        await page.keyboard.press('Tab');
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        const o = await observe(page, []);
        if (o.badAttributes.length || o.injected) problems.push(`field ${i} "${text.slice(0, 30)}": ${o.badAttributes[0] ?? 'markup injected'}`);
        if (mustReject.includes(text)) {
          const shown = await field.evaluate((el) => {
            const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
            const messages = ids.map((id) => document.getElementById(id)).filter((m) => m && m.textContent!.trim() !== '' && m.checkVisibility());
            return el.getAttribute('aria-invalid') === 'true' && messages.length > 0;
          });
          if (!shown) problems.push(`field ${i} "${text.slice(0, 30)}": no visible message / aria-invalid`);
          if ((await figures()) !== validFigure) problems.push(`field ${i} "${text.slice(0, 30)}": the figure changed after an invalid entry`);
        }
      }
      await field.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(original);
      await page.keyboard.press('Tab');
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(errorsOf(log)).toEqual([]);
    await page.context().close();
  });
});
