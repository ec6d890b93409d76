// Phones (issue #15): Chromium at 360 × 740 with touch. No page scrolls sideways (nor any element of a
// widget page) at 320, 360 and 390 px; every widget control is a touch target of at least 24 × 24 px
// and works by tap; chart text stays at least 11 px on screen, before JavaScript (the build's SVG) and
// after; the chart follows a rotation to landscape. Screenshots of every widget page at 360 px go to
// test-results/phone/ for review (not the repo).
import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../setup/browser';
import { contentPagePaths, widgetPagePaths } from '../setup/site-pages';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const SHOTS = 'test-results/phone';
/** Widget pages with a chart (not /cite/'s BibTeX copier or /search/). */
const chartPages = () => widgetPagePaths().filter((p) => !['cite/', 'search/'].includes(p));
const WIDGETS = 'fig2-widget, gm2-explorer, validity-explorer, epsilon-calculator, landscape-figure, bound-table, what-if-form';

/** Elements that scroll sideways (the page itself, or any box whose content is wider than it). */
function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth + 1) out.push(`page: ${root.scrollWidth} px wide in a ${window.innerWidth} px viewport`);
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const style = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(style.overflowX)) continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
        out.push(`${name}: content ${el.scrollWidth} px in ${el.clientWidth} px`);
      }
    }
    return out;
  });
}

/** Widget controls smaller than 24 × 24 px as a touch target (a radio or checkbox counts with its label). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((widgets) => {
    const out: string[] = [];
    for (const widget of document.querySelectorAll(widgets)) {
      for (const el of widget.querySelectorAll<HTMLElement>('input, select, button, summary, textarea')) {
        if (el.closest('[hidden]') || el.getClientRects().length === 0) continue;
        const input = el as HTMLInputElement;
        const target = ['radio', 'checkbox'].includes(input.type) ? (el.closest('label') ?? el) : el;
        const box = target.getBoundingClientRect();
        if (box.width < 23.5 || box.height < 23.5)
          out.push(
            `${widget.localName} ${el.tagName.toLowerCase()}[${input.type ?? ''}] ${input.name || input.value || el.textContent?.trim().slice(0, 20)}: ${box.width.toFixed(0)} × ${box.height.toFixed(0)}`,
          );
      }
    }
    return out;
  }, WIDGETS);
}

/** Chart texts drawn smaller than 11 px on screen (SVG font size × the chart's scale). */
function tinyChartText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('[data-chart] svg')) {
      if (svg.getClientRects().length === 0) continue; // a variant hidden at this width
      const viewWidth = svg.viewBox.baseVal?.width || svg.width.baseVal.value;
      const scale = svg.getBoundingClientRect().width / viewWidth;
      for (const text of svg.querySelectorAll('text')) {
        const size = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (size < 10.95) {
          out.push(`${svg.closest('[data-chart]')?.parentElement?.closest('figure')?.id ?? '?'}: "${text.textContent?.slice(0, 20)}" at ${size.toFixed(1)} px`);
          break;
        }
      }
    }
    return out;
  });
}

describe('phones', () => {
  it.each(contentPagePaths())('/%s does not scroll sideways at 360 px', async (path) => {
    const { page, log } = await openPage(browser, PHONE);
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    expect(await sidewaysScrollers(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  });

  for (const width of [320, 390]) {
    it.each(widgetPagePaths())(`/%s does not scroll sideways at ${width} px once its figures are drawn`, async (path) => {
      const { page } = await openPage(browser, { ...PHONE, viewport: { width, height: 740 } });
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
      await drawAll(page);
      expect(await sidewaysScrollers(page)).toEqual([]);
      await page.context().close();
    });
  }

  it.each(chartPages())('/%s: chart text ≥ 11 px without JavaScript (the build’s SVG)', async (path) => {
    const { page } = await openPage(browser, { ...PHONE, javaScriptEnabled: false });
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    expect(await tinyChartText(page)).toEqual([]);
    expect(await sidewaysScrollers(page)).toEqual([]);
    await page.context().close();
  });

  it.each(widgetPagePaths())('/%s: controls are 24 × 24 px touch targets, work by tap, and the chart follows a rotation', async (path) => {
    const { page, log } = await openPage(browser, PHONE);
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    await drawAll(page);
    expect(await smallTargets(page)).toEqual([]);
    expect(await tinyChartText(page)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/${path.replace(/\/$/, '') || 'home'}-360.png`, fullPage: true });
    // Tap the first radio button of the first widget that has one: the figure redraws.
    const unchecked = page.locator(`:is(${WIDGETS}) input[type="radio"]:not(:checked)`).first();
    if ((await unchecked.count()) > 0) {
      // Pinned by name and value: once tapped it is no longer ':not(:checked)'.
      const [name, value] = await unchecked.evaluate((r) => [(r as HTMLInputElement).name, (r as HTMLInputElement).value]);
      const radio = page.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
      const before = await redraws(page);
      await radio.scrollIntoViewIfNeeded();
      await radio.tap();
      await page.waitForFunction((n) => performance.getEntriesByType('measure').filter((m) => m.name.endsWith(':redraw')).length > n, before);
      expect(await radio.isChecked()).toBe(true);
    }
    // Rotation: the chart's width follows the wider column.
    const chart = page.locator('[data-chart] svg').first();
    if ((await chart.count()) === 0) return void (await page.context().close());
    const narrow = (await chart.boundingBox())!.width;
    await page.setViewportSize({ width: 740, height: 360 });
    await page.waitForFunction((w) => (document.querySelector('[data-chart] svg')?.getBoundingClientRect().width ?? 0) > w + 100, narrow);
    expect(await sidewaysScrollers(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  });
});

/** Number of redraws measured so far on the page. */
function redraws(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.endsWith(':redraw')).length);
}

/** Scrolls every widget into view (its code loads lazily) and waits until each has drawn once. */
async function drawAll(page: Page): Promise<void> {
  const count = await page.locator(WIDGETS).count();
  for (let i = 0; i < count; i++) await page.locator(WIDGETS).nth(i).scrollIntoViewIfNeeded();
  const charts = await page.locator(`:is(${WIDGETS}) [data-chart]`).count();
  if (charts > 0)
    await page.waitForFunction((n) => performance.getEntriesByType('measure').filter((m) => m.name.endsWith(':redraw')).length >= n, charts, {
      timeout: 30_000,
    });
  await page.evaluate(() => window.scrollTo(0, 0));
}
