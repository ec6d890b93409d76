import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { foreignRequests, openPage, useBrowser } from '../setup/browser';
import { kineticMixing, kineticMixingRatio, MUON_MASS_MEV, neutrinoMillicharge } from '../../src/physics/index';
import { expectClose } from '../helpers/expect-close';

const siteUrl = inject('siteUrl');
const pageUrl = (query = '') => `${siteUrl}kinetic-mixing/${query}`;
const browser = useBrowser();

const widget = 'epsilon-calculator';
// The chart: the build's wide drawing (its phone variant, .chart-narrow, sits beside it until the browser redraws) or the live one.
const chart = `${widget} :is([data-chart], .chart-wide) > svg`;

async function ready(page: Page, count = 1): Promise<void> {
  await page.locator(widget).scrollIntoViewIfNeeded();
  await page.waitForFunction((n) => performance.getEntriesByName('epsilon:redraw').length >= n, count);
}

/** The readout as {label: value}. */
async function readout(page: Page): Promise<Record<string, string>> {
  const rows = await page
    .locator(`${widget} [data-readout] > div`)
    .evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd')?.textContent ?? '']));
  return Object.fromEntries(rows);
}

describe('the kinetic-mixing calculator in Chromium', () => {
  it('is complete without JavaScript', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(pageUrl());
    expect(await page.locator(chart).getAttribute('role')).toBe('img');
    const values = await readout(page);
    // Eq. (5) at g = 5 × 10⁻⁴: −g/69.3 = −7.22 × 10⁻⁶.
    expect(values['ε at q² → 0 (eq. 5)']).toBe('−7.22 × 10⁻⁶');
    expect(await page.locator(`${chart} .eps-marker`).count()).toBe(1);
    await page.context().close();
  });

  it('recomputes ε and the charges as numbers are typed, writes the URL, and back/reload restore', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(pageUrl(), { waitUntil: 'networkidle' });
    await ready(page);
    const g = page.locator(`${widget} [data-control="g"]`);
    const q2 = page.locator(`${widget} [data-control="q2"]`);
    const before = await page.locator(chart).evaluate((n) => n.outerHTML);
    await g.fill('2e-3');
    await g.press('Enter');
    await q2.fill('-1e6');
    await q2.press('Enter');
    await page.waitForFunction(() => new URL(location.href).search === '?g=0.002&q2=-1000000');
    const values = await readout(page);
    const ratio = kineticMixingRatio(-1e6);
    expect(values['ratio ε(q²)/ε(0)']).toBe(ratio.toPrecision(4));
    const eps = kineticMixing(2e-3, -1e6);
    expect(values['ε from the full one-loop expression']).toMatch(new RegExp(`^−${(-eps / 1e-5).toFixed(2)} × 10⁻⁵$`));
    const qMu = neutrinoMillicharge(2e-3, 'mu', -1e6);
    expect(qMu).toBeGreaterThan(0); // ν_μ's charge is opposite to the electron's (see src/physics/millicharge.ts)
    expect(values['q(ν_μ) / e at this q² (eq. 8)']).toMatch(new RegExp(`^${(qMu / 10 ** Math.floor(Math.log10(qMu))).toFixed(2)} × 10`));
    expect(await page.locator(chart).evaluate((n) => n.outerHTML)).not.toBe(before);

    await page.locator(`${widget} [data-control="flavor"]`).selectOption('tau');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('flavor') === 'tau');
    await expect.poll(async () => (await page.locator(`${widget} [data-readout] dt`).nth(3).textContent()) ?? '').toMatch(/ν_τ/);

    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('flavor') === null);
    await expect.poll(() => page.locator(`${widget} [data-control="flavor"]`).inputValue()).toBe('mu');
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q2') === null);
    await expect.poll(() => q2.inputValue()).toBe('-100');

    await page.goForward();
    await page.reload({ waitUntil: 'networkidle' });
    await ready(page);
    expect(await g.inputValue()).toBe('0.002');
    expect(await q2.inputValue()).toBe('-1000000');
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(foreignRequests(log, siteUrl)).toEqual([]);
    await page.context().close();
  });

  it('explains bad input next to the field and keeps the last result', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(pageUrl(), { waitUntil: 'networkidle' });
    await ready(page);
    const g = page.locator(`${widget} [data-control="g"]`);
    const q2 = page.locator(`${widget} [data-control="q2"]`);
    const chartBefore = await page.locator(chart).evaluate((n) => n.outerHTML);
    const readoutBefore = await readout(page);
    for (const bad of ['', 'abc', '-1', '0', 'NaN', '1e400']) {
      await g.fill(bad);
      expect((await page.locator('#epsilon-calculator-g-error').textContent())?.length ?? 0, `g = ${JSON.stringify(bad)}`).toBeGreaterThan(5);
      expect(await g.getAttribute('aria-invalid')).toBe('true');
    }
    await g.fill('5e-4');
    const threshold = 4 * MUON_MASS_MEV ** 2;
    for (const bad of [String(threshold), '1e5', 'x']) {
      await q2.fill(bad);
      expect(await q2.getAttribute('aria-invalid')).toBe('true');
    }
    await q2.fill('50000');
    expect(await page.locator('#epsilon-calculator-q2-error').textContent()).toBe(
      `q² must be below 4 m_μ² = ${Math.round(threshold)} MeV² (pair-production threshold).`,
    );
    expect(await page.locator(chart).evaluate((n) => n.outerHTML)).toBe(chartBefore);
    expect(await readout(page)).toEqual(readoutBefore);
    expect(await page.locator(widget).textContent()).not.toMatch(/NaN|Infinity/);
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('shows notices for hostile URL values and uses the defaults', async () => {
    const { page } = await openPage(browser);
    await page.goto(pageUrl('?g=1e400&q2=%3Cscript%3E&flavor=e'), { waitUntil: 'networkidle' });
    await ready(page);
    const notices = await page.locator(`${widget} [data-notices]`).textContent();
    for (const name of ['g', 'q2', 'flavor']) expect(notices).toContain(`Ignored ${name}=`);
    expect((await readout(page))['ε at q² → 0 (eq. 5)']).toBe('−7.22 × 10⁻⁶');
    await page.context().close();
  });

  it('downloads CSV and JSON whose ratios match src/physics', async () => {
    const { page } = await openPage(browser, { acceptDownloads: true });
    await page.goto(pageUrl('?g=0.001'), { waitUntil: 'networkidle' });
    await ready(page);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator(`${widget} [data-download="csv"]`).click()]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    const rows = csv.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rows[0]).toBe('q2_MeV2,epsilon_q2_over_epsilon_0');
    for (const line of rows.slice(1).filter((_, i) => i % 20 === 0)) {
      const [q2, ratio] = line.split(',').map(Number);
      expectClose(ratio, kineticMixingRatio(q2), { rel: 1e-12 });
    }
    expect(csv).toMatch(/^# g: 0\.001$/m);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator(`${widget} [data-download="json"]`).click()]);
    const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8')) as { meta: Record<string, string> };
    expectClose(Number(json.meta['epsilon eq. (5)']), kineticMixing(1e-3, 0), { rel: 1e-12 });
    await page.context().close();
  });
});
