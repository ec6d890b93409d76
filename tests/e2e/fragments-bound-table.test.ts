// The bound table: its rows are the same markup at build time (linkedom) and in the browser, for a
// set of states (issue #13). The table has no chart and no own URL, so it is not a figure
// descriptor: this compares its <tbody data-rows> once it has redrawn the URL's state.
import { describe, expect, inject, it } from 'vitest';
import limitsJson from '../../src/data/millicharge-limits.json';
import { boundTableRows } from '../../src/figures/bound-table/table';
import { boundTableBody } from '../../src/figures/bound-table/rows';
import { parseFig2State } from '../../src/figures/fig2/state';
import { limitsData } from '../../src/figures/shared/figure-data.server';
import { renderFragment } from '../../src/figures/shared/render.server';
import { openPage, useBrowser } from '../setup/browser';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const data = limitsData();
const ALL = `exp=${limitsJson.limits.map((l) => l.id).join(',')}`;

/** The rows' HTML as the build renders them for a query string. */
function builtRows(query: string): string {
  const html = renderFragment((doc) => boundTableBody(doc, boundTableRows(data, parseFig2State(data, query).state)));
  return html.replace(/^<tbody data-rows="">/, '').replace(/<\/tbody>$/, '');
}

describe('bound-table: its rows are the same markup at build time and in the browser', () => {
  it.each([
    'treatment=signed',
    'set=2025&sigma=2',
    'mmin=1&mmax=300&flavor=tau',
    `${ALL}&whatif=${encodeURIComponent('Mine~mu~-1e-14~2e-14~0.9~observed,Next~tau~-3e-16~1e-16~~projection')}`,
    // Hostile: a reversed mass range, markup as a hypothetical limit's name, a script as a set.
    `mmin=50&mmax=5&set=${encodeURIComponent('<script>alert(1)</script>')}&whatif=${encodeURIComponent('<img src=x onerror=alert(1)>~tau~0~1e-15~~observed,Ok~tau~-1e-15~1e-15~~astro')}`,
  ])('?%s', async (query) => {
    const { page, log } = await openPage(browser);
    await page.goto(`${siteUrl}limits/?${query}`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('bound-table:redraw').length > 0);
    const built = builtRows(query);
    expect(built).toContain('<tr data-key=');
    expect(await page.locator('bound-table tbody[data-rows]').innerHTML()).toBe(built);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  });
});
