// The landscape figure in Chromium: complete without JavaScript; a control change redraws (a mass
// change only the marker layer), writes the URL, back restores; a bad `m` in the URL gets a notice.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../setup/browser';

const siteUrl = inject('siteUrl');
const pageUrl = (query = '') => `${siteUrl}landscape/${query}`;
const browser = useBrowser();

const widget = 'landscape-figure';
// The chart: the build's wide drawing (its phone variant, .chart-narrow, sits beside it until the browser redraws) or the live one.
const chart = `${widget} :is([data-chart], .chart-wide) > svg`;

async function redraws(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('landscape:redraw').length);
}

async function ready(page: Page, count = 1): Promise<void> {
  await page.locator(widget).scrollIntoViewIfNeeded();
  await page.waitForFunction((n) => performance.getEntriesByName('landscape:redraw').length >= n, count);
}

describe('the landscape figure in Chromium', () => {
  it('is complete without JavaScript: chart, legend, readout and the survival sentence', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(pageUrl());
    expect(await page.locator(chart).getAttribute('role')).toBe('img');
    expect(await page.locator(`${widget} .landscape-legend li`).count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator(`${widget} [data-survival]`).textContent()).toMatch(/^With set 2023-paper at 1σ, part of the band escapes the drawn limits/);
    expect(await page.locator('[data-not-drawn] li').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('redraws on a control change, writes the URL, and back restores the view', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(pageUrl(), { waitUntil: 'networkidle' });
    await ready(page);
    const sentence = page.locator(`${widget} [data-survival]`);
    const before = await sentence.textContent();

    await page.locator(`${widget} input[data-control="sigma"][value="2"]`).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sigma') === '2');
    await expect.poll(() => sentence.textContent()).toMatch(/^With set 2023-paper at 2σ/);
    expect(await page.locator(chart).textContent()).toContain('g−2 band (2σ)');

    // A mass change moves the marker and keeps the other layers' elements (the curves are not redrawn).
    const curve = await page.locator(chart).evaluateHandle((svg) => svg.querySelector('[stroke="var(--zp-babar)"]'));
    expect(await curve.evaluate((node) => node !== null)).toBe(true);
    const m = page.locator(`${widget} [data-control="m"]`);
    await m.fill('300');
    await m.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('m') === '300');
    await expect.poll(() => page.locator(`${widget} [data-readout] [data-verdict]`).getAttribute('data-verdict')).toBe('excluded');
    expect(await curve.evaluate((node) => node?.isConnected)).toBe(true);

    await page.locator(`${widget} input[data-control="show"][value="hubble"]`).uncheck();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('show') === 'limits,band');
    await expect.poll(() => page.locator(`${widget} .landscape-legend li[data-curve="hubble"]`).count()).toBe(0);

    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('show') === null);
    await expect.poll(() => page.locator(`${widget} .landscape-legend li[data-curve="hubble"]`).count()).toBe(1);
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('m') === null);
    await expect.poll(() => m.inputValue()).toBe('100');
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).search === '');
    await expect.poll(() => sentence.textContent()).toBe(before);
    expect(await page.locator(`${widget} input[data-control="sigma"][value="1"]`).isChecked()).toBe(true);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('names a bad m in the URL in a notice and draws the default mass', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(pageUrl('?m=-5&set=2021'), { waitUntil: 'networkidle' });
    await ready(page);
    expect(await page.locator(`${widget} [data-notices]`).textContent()).toBe('Ignored m="-5": Z′ mass in MeV must lie in [0.001, 10000]; using the default.');
    expect(await page.locator(`${widget} [data-readout] dd`).first().textContent()).toBe('100 MeV');
    expect(await page.locator(`${widget} [data-survival]`).textContent()).toMatch(/^With set 2021 at 1σ/);
    expect(await redraws(page)).toBeGreaterThanOrEqual(1);
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  });
});
