// Build markup = browser markup. Every live figure is one descriptor (src/figures/shared/descriptor.ts)
// whose fragments (readout, legend, data table…) are built by the same functions at build time, with
// linkedom, and in the browser, with the page's document. For a set of states per figure: the
// fragments rendered in Node for the state (as the build would render that state) must equal, byte for
// byte, what Chromium shows after drawing the same state from its URL.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../setup/browser';
import { renderFigure } from '../../src/figures/shared/render.server';
import { epsilonFigure } from '../../src/figures/epsilon/descriptor';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** A figure on a page, its element, its descriptor and data, and the states to compare (query strings). */
interface Case {
  page: string;
  element: string;
  render: (query: string) => Record<string, string>;
  states: readonly string[];
}

const CASES: readonly Case[] = [
  {
    page: 'kinetic-mixing/',
    element: 'epsilon-calculator',
    render: (query) => renderFigure(epsilonFigure, null, query).fragments,
    states: ['g=5e-4', 'g=1e-3&q2=30000&flavor=tau', 'g=2e-2&q2=-1e7', 'g=1e-9&q2=44000', 'q2=-1e18'],
  },
];

/** Each fragment host's HTML once the figure has drawn the URL's state (closed "Show data" opened first). */
async function shownFragments(page: Page, element: string): Promise<Record<string, string>> {
  await page.locator(`${element} details.widget-data`).evaluate((d) => ((d as HTMLDetailsElement).open = true));
  return page
    .locator(`${element} [data-fragment]`)
    .evaluateAll((hosts) => Object.fromEntries(hosts.map((h) => [(h as HTMLElement).dataset.fragment!, h.innerHTML])));
}

describe('each fragment is the same markup at build time and in the browser', () => {
  for (const { page: path, element, render, states } of CASES) {
    it.each(states)(`${element}: ?%s`, async (query) => {
      const { page, log } = await openPage(browser);
      await page.goto(`${siteUrl}${path}?${query}`, { waitUntil: 'load' });
      await page.waitForFunction(
        (el) =>
          document.querySelector(el)?.querySelector('[data-chart] svg') && performance.getEntriesByType('measure').some((m) => m.name.endsWith(':redraw')),
        element,
      );
      const built = render(query);
      // Poll: the "Show data" table is filled once opened (in the next task).
      await expect.poll(() => shownFragments(page, element), { timeout: 10_000 }).toEqual(built);
      expect(Object.keys(built).length).toBeGreaterThan(0);
      expect(log.pageErrors).toEqual([]);
      await page.context().close();
    });
  }
});
