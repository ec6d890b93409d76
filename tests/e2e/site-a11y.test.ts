// Zero axe violations (WCAG 2.0/2.1 A and AA, 2.2 AA tags) on every page found in dist/, in the
// light and in the dark theme, after scrolling so lazily drawn figures are in the DOM. One axe pass
// per page and theme (axe takes most of the time; a fresh load per theme tests the saved choice).
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { networkQuiet, openPage, useBrowser } from '../setup/browser';
import { AXE_TAGS, scrollThrough, useTheme } from '../setup/page-checks';
import { DIST, builtPages } from '../setup/site-pages';

const siteUrl = inject('siteUrl');
const pagePaths = builtPages(DIST).map((p) => p.path);
const browser = useBrowser();

describe.each(['light', 'dark'] as const)('accessibility in the %s theme (axe, WCAG 2.2 AA tags)', (theme) => {
  it.each(pagePaths)(`/%s has zero axe violations (${theme})`, async (path) => {
    const { page } = await openPage(browser);
    await useTheme(page.context(), page, theme);
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    await scrollThrough(page);
    await networkQuiet(page); // the figure code the scroll asked for has loaded
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const violations = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
    );
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
