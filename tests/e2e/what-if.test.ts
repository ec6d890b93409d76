import { describe, expect, inject, it } from 'vitest';
import { couplingBound } from '../../src/physics/index';
import { foreignRequests, openPage, useBrowser } from '../setup/browser';

const siteUrl = inject('siteUrl');
const pageUrl = new URL('what-if/', siteUrl).href;
const browser = useBrowser();
/** Polling patience for redraws: Plot's chunk may load slowly while other tests run. */
const POLL = { timeout: 15_000 };

describe('the what-if page in Chromium', () => {
  it('adds a hypothetical limit to the URL, the table and the chart, and removes it again', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    const rowsBefore = await page.locator('bound-table tbody tr').count();
    await page.getByLabel('Name').fill('Future xenon');
    await page.getByLabel('Flavour', { exact: true }).selectOption('tau');
    await page.getByLabel('Lower end of qν (e)').fill('-2e-15');
    await page.getByLabel('Upper end of qν (e)').fill('1e-15');
    await page.getByLabel('Confidence level (optional)').fill('0.9');
    await page.getByLabel('Kind').selectOption('projection');
    await page.getByRole('button', { name: 'Add to the figure and table' }).click();

    await page.waitForFunction(() => new URLSearchParams(location.search).get('whatif') === 'Future xenon~tau~-2e-15~1e-15~0.9~projection');
    await expect.poll(() => page.locator('bound-table tbody tr.hypothetical').count(), POLL).toBe(1);
    expect(await page.locator('bound-table tbody tr').count()).toBe(rowsBefore + 1);
    const row = page.locator('bound-table tbody tr.hypothetical');
    expect(await row.locator('th').textContent()).toContain('Future xenon (hypothetical, ν_τ)');
    await expect.poll(() => page.locator('fig2-widget .fig2-hypothetical').count(), POLL).toBeGreaterThan(0);
    expect(await page.locator('fig2-widget [data-chart] svg').getAttribute('aria-label')).toContain('Future xenon');
    // The symmetric treatment (default) uses the larger side, 2e-15.
    const expected = couplingBound({ flavor: 'tau', lower: -2e-15, upper: 1e-15 }, 'symmetric');
    const symmetricCell = await row.locator('td').nth(1).textContent();
    expect(symmetricCell).toBe(
      `${expected
        .toExponential(2)
        .replace(/e-(\d+)/, ' × 10⁻$1')
        .replace(/\d+$/, (d) => [...d].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)]).join(''))}`,
    );

    await page.getByRole('button', { name: 'Remove Future xenon' }).click();
    await page.waitForFunction(() => !location.search.includes('whatif'));
    await expect.poll(() => page.locator('bound-table tbody tr.hypothetical').count(), POLL).toBe(0);
    await expect.poll(() => page.locator('fig2-widget .fig2-hypothetical').count(), POLL).toBe(0);

    await page.goBack();
    await expect.poll(() => page.locator('bound-table tbody tr.hypothetical').count(), POLL).toBe(1);

    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, siteUrl)).toEqual([]);
    await page.context().close();
  });

  it('shows inline errors for bad fields and changes nothing', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    await page.getByLabel('Name').fill('<script>alert(1)</script>');
    await page.getByLabel('Lower end of qν (e)').fill('5e-14');
    await page.getByLabel('Upper end of qν (e)').fill('1e400');
    await page.getByLabel('Confidence level (optional)').fill('90');
    await page.getByRole('button', { name: 'Add to the figure and table' }).click();
    await expect.poll(() => page.locator('#whatif-name-error').textContent(), POLL).toMatch(/letters, digits/);
    expect(await page.locator('#whatif-lower-error').textContent()).toMatch(/≤ 0/);
    expect(await page.locator('#whatif-upper-error').textContent()).toMatch(/finite number/);
    expect(await page.locator('#whatif-cl-error').textContent()).toMatch(/between 0 and 1/);
    await expect(page.getByLabel('Name').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('bound-table tbody tr.hypothetical').count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('reads a shared link, and reports an invalid item as plain text without running it', async () => {
    const { page, log } = await openPage(browser);
    const hostile = encodeURIComponent('Ok~mu~-1e-14~1e-14~~observed,<img src=x onerror=alert(1)>~tau~0~1e-15~~observed');
    await page.goto(`${pageUrl}?whatif=${hostile}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('bound-table tbody tr.hypothetical').count(), POLL).toBe(1);
    const notices = page.locator('fig2-widget [data-notices]');
    await expect.poll(() => notices.textContent(), POLL).toContain('Ignored whatif item 2');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  });
});
