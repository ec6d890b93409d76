import { describe, expect, inject, it } from 'vitest';
import { foreignRequests, openPage, useBrowser } from '../setup/browser';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

describe('the home page in Chromium', () => {
  it('renders q_ν = ε g with KaTeX, logs no console error and requests nothing from another origin', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(siteUrl, { waitUntil: 'networkidle' });
    const display = page.locator('.katex-display').first();
    await expect(display.isVisible()).resolves.toBe(true);
    // KaTeX's MathML twin carries the TeX source: the equation really went through the pipeline.
    const tex = await display.locator('annotation[encoding="application/x-tex"]').textContent();
    expect(tex?.replace(/\s+/g, ' ')).toContain('q_\\nu = \\epsilon\\, g');
    // The KaTeX fonts are self-hosted and actually loaded.
    expect(log.requests.some((u) => /KaTeX_Main-Regular.*\.woff2$/.test(u))).toBe(true);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(foreignRequests(log, siteUrl)).toEqual([]);
    await page.context().close();
  });

  it('names the paper and links its arXiv entry', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl);
    const hrefs = await page.locator('a[href="https://arxiv.org/abs/2308.05720"]').count();
    expect(hrefs).toBeGreaterThan(0);
    await page.context().close();
  });
});
