// Site-wide quality gates in Chromium, over every page found in dist/: clean console and network,
// no CSP violation, a print stylesheet that keeps prose, equations and figures and hides controls, and figures that exist
// without JavaScript. Accessibility (axe) is in site-a11y.test.ts, widgets in site-widgets-url.test.ts and site-widgets-input.test.ts.
import { describe, expect, inject, it } from 'vitest';
import { foreignRequests, networkQuiet, openPage, useBrowser } from '../setup/browser';
import { badTokenCount, cspViolations, recordCspViolations, scrollThrough } from '../setup/page-checks';
import { DIST, builtPages, hasWidget, parseDocument } from '../setup/site-pages';

const siteUrl = inject('siteUrl');
const pages = builtPages(DIST).map((p) => ({ ...p, widget: hasWidget(parseDocument(p.html)) }));
const pagePaths = pages.map((p) => p.path);
const widgetPaths = pages.filter((p) => p.widget).map((p) => p.path);
const browser = useBrowser();

describe('every page in Chromium', () => {
  it('the CSP listener works: a deliberately injected inline script is reported as a violation', async () => {
    const { page, log } = await openPage(browser);
    await recordCspViolations(page.context());
    await page.goto(siteUrl);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await page.waitForTimeout(50);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    expect((await cspViolations(page)).join()).toMatch(/script-src/);
    expect(log.consoleErrors.join()).toMatch(/Content Security Policy/);
    await page.context().close();
  });

  it.each(pagePaths)('/%s: no console error or warning, no failed or foreign request, no CSP violation, no NaN', async (path) => {
    const { page, log } = await openPage(browser);
    await recordCspViolations(page.context());
    const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(path === '404.html' ? 404 : 200);
    await scrollThrough(page);
    await networkQuiet(page); // the figure code the scroll asked for has loaded
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.consoleWarnings).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(foreignRequests(log, siteUrl)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect((await badTokenCount(page)).attributes).toEqual([]);
    await page.context().close();
  });
});

describe('print stylesheet', () => {
  it.each(pagePaths.filter((p) => p !== '404.html'))('/%s prints text, equations and figures, and hides the controls', async (path) => {
    const { page } = await openPage(browser);
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    await scrollThrough(page);
    await networkQuiet(page);
    await page.emulateMedia({ media: 'print' });
    const result = await page.evaluate(() => {
      const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions);
      const inFigure = (sel: string) => [...document.querySelectorAll(`main ${sel}`)].filter((el) => el.closest('figure, [data-widget]'));
      return {
        heading: visible(document.querySelector('h1')!),
        paragraphs: [...document.querySelectorAll('main p')].filter(visible).length,
        hiddenEquations: [...document.querySelectorAll('.equation .katex-display, .katex-display')].filter(
          (el) => !el.closest('.eq-preview, details:not([open])') && !visible(el),
        ).length,
        hiddenFigures: [...document.querySelectorAll('main figure svg[role="img"]')].filter((el) => !el.closest('details:not([open])') && !visible(el)).length,
        visibleControls: inFigure(':is(input, select, button, textarea)')
          .filter(visible)
          .map((el) => el.outerHTML.slice(0, 80)),
        navVisible: [...document.querySelectorAll('.sidebar, .toc-column, .theme-toggle')].filter(visible).length,
      };
    });
    expect(result.heading).toBe(true);
    expect(result.paragraphs).toBeGreaterThan(0);
    expect(result.hiddenEquations).toBe(0);
    expect(result.hiddenFigures).toBe(0);
    expect(result.visibleControls).toEqual([]);
    expect(result.navVisible).toBe(0);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('at least the home page is checked (guards against an empty page list)', () => {
    expect(pagePaths).toContain('');
  });

  it.each(widgetPaths)('/%s shows every figure and table it shows with JavaScript', async (path) => {
    const count = () => ({
      // Shown ones only: the build also holds a narrow variant of each chart, hidden at this width.
      svgs: [...document.querySelectorAll('main figure svg')].filter((s) => s.getClientRects().length > 0).length,
      labelledSvgs: [...document.querySelectorAll('main figure svg[role="img"][aria-label]')].filter((s) => s.getClientRects().length > 0).length,
      tables: document.querySelectorAll('main table').length,
    });
    const withJs = await openPage(browser);
    await withJs.page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    await scrollThrough(withJs.page);
    await networkQuiet(withJs.page);
    const expected = await withJs.page.evaluate(count);
    await withJs.page.context().close();

    const noJs = await openPage(browser, { javaScriptEnabled: false });
    await noJs.page.goto(`${siteUrl}${path}`);
    const actual = await noJs.page.evaluate(count);
    await noJs.page.context().close();
    expect(actual).toEqual(expected);
  });
});
