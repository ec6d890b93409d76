// Every widget control, generically: reachable with Tab and operable with keys alone; typed
// hostile numbers get a visible message next to the field, the last valid figure stays, and no
// entry blanks a chart, throws or violates the CSP.
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { networkQuiet, openPage, useBrowser } from '../setup/browser';
import { recordCspViolations, scrollThrough, WIDGET_ROOTS_SCRIPT } from '../setup/page-checks';
import { installObserver, observe } from '../setup/url-fuzz';
import { errorsOf, HOSTILE, SEED, widgetPages } from '../setup/widget-harness';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

describe.each(widgetPages.map((p) => [p] as const))('widgets on /%s', (path) => {
  const url = `${siteUrl}${path}`;

  it('every control is reached with Tab and changed with keys alone', { timeout: 200_000 }, async () => {
    const { page, log } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(url, { waitUntil: 'load' });
    await scrollThrough(page);
    await networkQuiet(page);
    const controls = (await page.evaluate(`(() => {
      const roots = ${WIDGET_ROOTS_SCRIPT};
      const all = roots.flatMap((r) => [...r.querySelectorAll('input, select, textarea, button')])
        .filter((el) => !el.disabled && el.type !== 'hidden' && el.checkVisibility());
      // A radio group is one Tab stop (arrow keys move inside it): its members share one index.
      const list = [];
      const groups = new Map();
      for (const el of all) {
        const key = el.type === 'radio' && el.name ? (el.form?.id ?? '') + '|' + el.name : null;
        if (key && groups.has(key)) { el.setAttribute('data-kb', String(groups.get(key))); continue; }
        if (key) groups.set(key, list.length);
        el.setAttribute('data-kb', String(list.length));
        list.push(el);
      }
      const groupLabel = (el) => el.type === 'radio' ? (el.closest('fieldset')?.querySelector('legend')?.textContent ?? el.name) : '';
      return list.map((el) => ({ tag: el.tagName.toLowerCase(), type: el.type ?? '', label: (groupLabel(el) || el.labels?.[0]?.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40) }));
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
    const snapshot = () =>
      page.evaluate(
        `(() => location.search + '|' + ${WIDGET_ROOTS_SCRIPT}.map((r) => r.innerHTML + [...r.querySelectorAll('input, select, textarea')].map((c) => c.value + c.checked).join()).join('|'))()`,
      ) as Promise<string>;
    const unchanged: string[] = [];
    for (const [i, c] of controls.entries()) {
      if (c.tag === 'button') continue; // buttons act (download, copy, reset); reaching them is the keyboard requirement
      const members = page.locator(`[data-kb="${i}"]`);
      const el =
        c.type === 'radio' && (await page.locator(`[data-kb="${i}"]:checked`).count()) > 0 ? page.locator(`[data-kb="${i}"]:checked`) : members.first();
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

  it('typed hostile numbers show a message next to the field and keep the last valid figure', { timeout: 900_000 }, async () => {
    const { page, log } = await openPage(browser);
    await recordCspViolations(page.context());
    await page.goto(url, { waitUntil: 'load' });
    await scrollThrough(page);
    await networkQuiet(page);
    const fields = (await page.evaluate(`(() => {
      const roots = ${WIDGET_ROOTS_SCRIPT};
      const list = roots.flatMap((r) => [...r.querySelectorAll('input[type="number"], input[inputmode="decimal"], input[inputmode="numeric"]')]).filter((el) => !el.disabled && el.checkVisibility());
      list.forEach((el, i) => el.setAttribute('data-fuzz', String(i)));
      return list.length;
    })()`)) as number;
    if (fields === 0) return; // no typed numbers on this page
    await installObserver(page);
    const mustReject = ['', 'abc', 'NaN', 'Infinity', '1e400', '-1e400', '<script>alert(1)</script>', '1e', '--1', '١٢٣'];
    const random = fc.sample(fc.oneof(fc.constantFrom(...HOSTILE.filter((h) => h.length < 100)), fc.double().map(String), fc.string({ maxLength: 12 })), {
      numRuns: 15,
      seed: SEED + 2,
    });
    // The figures once they stop changing (redraws may wait for a lazily loaded module). A
    // MutationObserver counts changes cheaply; the SVG markup is read once, after it settles.
    await page.evaluate(() => {
      const w = window as unknown as { __figureMutations: number };
      w.__figureMutations = 0;
      new MutationObserver((records) => (w.__figureMutations += records.length)).observe(document.querySelector('main')!, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    const settledFigures = async () => {
      let last = -1;
      let same = 0;
      for (let k = 0; k < 100 && same < 3; k++) {
        await page.waitForTimeout(30);
        const now = (await page.evaluate(() => (window as unknown as { __figureMutations: number }).__figureMutations)) as number;
        same = now === last ? same + 1 : 0;
        last = now;
      }
      return page.evaluate(() => [...document.querySelectorAll('main figure svg[role="img"]')].map((s) => s.outerHTML).join(''));
    };
    const problems: string[] = [];
    for (let i = 0; i < fields; i++) {
      const field = page.locator(`[data-fuzz="${i}"]`);
      const original = await field.inputValue();
      // An empty entry is valid in a field labelled optional (e.g. a confidence level).
      const optional = await field.evaluate((el) => /optional/i.test([...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(' ')));
      await field.focus(); // wakes a lazily loaded figure module before the first comparison
      await networkQuiet(page);
      for (const text of [...mustReject, ...random]) {
        const lastValid = await settledFigures();
        await field.focus();
        if (mustReject.includes(text)) {
          // Pasted in one go: typed key by key, a live field would redraw for valid prefixes ("1e4" of "1e400").
          await field.evaluate((el, value) => {
            (el as HTMLInputElement).value = value;
            el.dispatchEvent(new Event('input', { bubbles: true }));
            el.dispatchEvent(new Event('change', { bubbles: true }));
          }, text);
        } else {
          await page.keyboard.press('ControlOrMeta+a');
          await page.keyboard.press('Delete');
          if (text) await page.keyboard.type(text);
        }
        await page.keyboard.press('Enter'); // forms validate on submit, live fields on change
        await page.keyboard.press('Tab');
        // Tab may land on a legend entry, which highlights its limit while focused (Fig. 2): not a redraw.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const after = await settledFigures();
        const o = await observe(page, []);
        const seen = [
          ...o.badAttributes,
          ...(o.injected ? ['markup injected'] : []),
          ...o.blankCharts.map((c) => `blank chart: ${c}`),
          ...o.errors,
          ...o.csp.map((c) => `CSP violation: ${c}`),
        ];
        if (seen.length) problems.push(`field ${i} "${text.slice(0, 30)}": ${seen[0]}`);
        if (mustReject.includes(text) && !(text === '' && optional)) {
          const shown = await field.evaluate((el) => {
            const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
            const messages = ids.map((id) => document.getElementById(id)).filter((m) => m && m.textContent!.trim() !== '' && m.checkVisibility());
            return el.getAttribute('aria-invalid') === 'true' && messages.length > 0;
          });
          if (!shown) problems.push(`field ${i} "${text.slice(0, 30)}": no visible message / aria-invalid`);
          if (after !== lastValid) problems.push(`field ${i} "${text.slice(0, 30)}": the figure changed after an invalid entry`);
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
