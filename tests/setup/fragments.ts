// Build markup = browser markup (issue #13). Every live figure is one descriptor
// (src/figures/shared/descriptor.ts) whose fragments (readout, legend, data table…) are built by the
// same functions at build time, with linkedom, and in the browser, with the page's document. For a set
// of states per figure, `sameFragments` checks that the fragments rendered in Node for a state (as the
// build renders it) equal what Chromium shows after drawing that state from its URL (compared as the
// browser writes them, attributes in name order).
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './browser';

/** A figure on a page: its element, how Node renders its fragments for a query string, the states to compare. */
export interface FragmentCase {
  page: string;
  element: string;
  render: (query: string) => Record<string, string>;
  states: readonly string[];
}

/**
 * HTML in one canonical form, parsed and written by the browser with each element's attributes in
 * name order: the browser's patch of a fragment (figure-live.ts) may set an attribute later than a
 * fresh build would, which changes the order and nothing else.
 */
const CANONICAL = `(html) => {
  const t = document.createElement('template');
  t.innerHTML = html;
  for (const el of t.content.querySelectorAll('*')) {
    const attributes = [...el.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [name] of attributes) el.removeAttribute(name);
    for (const [name, value] of attributes) el.setAttribute(name, value);
  }
  return t.innerHTML;
}`;

/** Each fragment host's HTML once the figure has drawn the URL's state ("Show data" opened first), canonical. */
async function shownFragments(page: Page, element: string): Promise<Record<string, string>> {
  await page.locator(`${element} details.widget-data`).evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  return page.evaluate(
    `(() => { const canonical = ${CANONICAL}; return Object.fromEntries([...document.querySelectorAll(${JSON.stringify(`${element} [data-fragment]`)})].map((h) => [h.dataset.fragment, canonical(h.innerHTML)])); })()`,
  ) as Promise<Record<string, string>>;
}

/** The build's fragments in the same canonical form. */
function canonicalBuilt(page: Page, built: Record<string, string>): Promise<Record<string, string>> {
  return page.evaluate(
    `(() => { const canonical = ${CANONICAL}; return Object.fromEntries(Object.entries(${JSON.stringify(built)}).map(([k, v]) => [k, canonical(v)])); })()`,
  ) as Promise<Record<string, string>>;
}

/** One test per state: Node's render of every fragment equals the browser's. */
export function sameFragments({ page: path, element, render, states }: FragmentCase): void {
  const siteUrl = inject('siteUrl');
  const browser = useBrowser();
  describe(`${element}: each fragment is the same markup at build time and in the browser`, () => {
    it.each(states)('?%s', async (query) => {
      const { page, log } = await openPage(browser);
      await page.goto(`${siteUrl}${path}?${query}`, { waitUntil: 'load' });
      await page.waitForFunction(
        (el) =>
          document.querySelector(el)?.querySelector('[data-chart] svg') && performance.getEntriesByType('measure').some((m) => m.name.endsWith(':redraw')),
        element,
      );
      const built = render(query);
      expect(Object.keys(built).length).toBeGreaterThan(0);
      const expected = await canonicalBuilt(page, built);
      // Poll: a closed "Show data" table is filled once opened (in the next task).
      await expect.poll(() => shownFragments(page, element), { timeout: 10_000 }).toEqual(expected);
      expect(log.pageErrors).toEqual([]);
      await page.context().close();
    });
  });
}
