import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, openPage, type PageLog, useBrowser } from '../setup/browser';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

function expectClean(log: PageLog): void {
  expect(log.consoleErrors).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  expect(log.failedRequests).toEqual([]);
  expect(foreignRequests(log, siteUrl)).toEqual([]);
}

/** Presses Tab until `selector` has focus (at most `limit` times). @returns the number of presses */
async function tabTo(page: Page, selector: string, limit = 40): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`${selector} never received focus in ${limit} Tab presses`);
}

const resultLinks = (page: Page) => page.locator('site-search-page .search-results a');

describe('site search in Chromium', () => {
  it('keyboard only: Tab to the header box, type, Enter, and the kinetic-mixing page is among the top 3', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(new URL('updates/', siteUrl).href, { waitUntil: 'networkidle' });
    // A prose page loads no search code until the reader searches.
    expect(log.requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await tabTo(page, 'header input[name="q"]');
    await page.keyboard.type('kinetic mixing');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=kinetic\+mixing$/);
    await expect(resultLinks(page).first().waitFor()).resolves.toBeUndefined();
    const top = await resultLinks(page).evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(top).toContain('/kinetic-mixing/');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/pages? match(es)? “kinetic mixing”/);
    // The search box on the results page keeps the query, and Tab moves from it to the results.
    expect(await page.locator('#search-page-input').inputValue()).toBe('kinetic mixing');
    await page.locator('#search-page-input').focus();
    await tabTo(page, 'site-search-page .search-results a', 3);
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(
      await resultLinks(page)
        .first()
        .evaluate((a) => (a as HTMLAnchorElement).href),
    ).toBe(focused);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/search/'));
    expect(new URL(page.url()).pathname).toBe(top[0]);
    expectClean(log);
    await page.context().close();
  });

  it('highlights matches with <mark> elements and never turns an excerpt into markup', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(new URL('search/?q=millicharge', siteUrl).href, { waitUntil: 'networkidle' });
    await resultLinks(page).first().waitFor();
    expect(await page.locator('site-search-page .search-excerpt mark').count()).toBeGreaterThan(0);
    expect(await page.locator('site-search-page .search-results script, site-search-page .search-results img').count()).toBe(0);
    expectClean(log);
    await page.context().close();
  });

  it('says so plainly when nothing matches', async () => {
    const { page, log } = await openPage(browser);
    // Pagefind tolerates typos, so any Latin word finds something; Cyrillic letters appear on no page.
    await page.goto(new URL(`search/?q=${encodeURIComponent('ЖЖЖЖЖЖ')}`, siteUrl).href, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('site-search-page')?.getAttribute('data-state') === 'done');
    expect(await page.locator('[data-search-status]').textContent()).toBe('No pages match “ЖЖЖЖЖЖ”. Try fewer or different words.');
    expect(await resultLinks(page).count()).toBe(0);
    expectClean(log);
    await page.context().close();
  });

  it('treats a hostile query as text: it is echoed literally and creates no element', async () => {
    const { page, log } = await openPage(browser);
    const hostile = '<img src=x onerror=alert(1)>';
    await page.goto(new URL(`search/?q=${encodeURIComponent(hostile)}`, siteUrl).href, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('site-search-page')?.getAttribute('data-state') === 'done');
    expect(await page.locator('[data-search-status]').textContent()).toContain(`“${hostile}”`);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('#search-page-input').inputValue()).toBe(hostile);
    expectClean(log);
    await page.context().close();
  });
});
