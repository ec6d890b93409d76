// A reader may move a control before the figure code has arrived (it loads lazily, when the
// figure nears the viewport). The choice must win over the figure's first draw from the URL.
import { describe, expect, inject, it } from 'vitest';
import { networkQuiet, openPage, useBrowser } from '../setup/browser';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** Widget pages and their element; the first <select> in it is changed early. */
const WIDGETS = [
  ['limits/', 'fig2-widget'],
  ['muon-g-2/', 'gm2-explorer'],
  ['validity/', 'validity-explorer'],
  ['kinetic-mixing/', 'epsilon-calculator'],
] as const;

describe('a control changed while the figure code is still loading', () => {
  it.each(WIDGETS)('/%s keeps the reader’s choice in the control and the URL', async (path, widget) => {
    const { page } = await openPage(browser);
    let loaded = false;
    // Scripts requested after the page has loaded (the lazy figure code) arrive 1.5 s late.
    await page.route('**/_astro/*.js', async (route) => {
      if (loaded) await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    loaded = true;
    const select = page.locator(`${widget} select`).first();
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const current = await select.inputValue();
    const choice = options[(options.indexOf(current) + 1) % options.length];
    await select.scrollIntoViewIfNeeded(); // starts loading the figure code
    await select.selectOption(choice);
    // The URL follows once the figure code has arrived and drawn (or never, if the choice was lost).
    const written = await page
      .waitForFunction((c) => decodeURIComponent(location.search).includes(`=${c}`), choice, { timeout: 20_000 })
      .then(
        () => true,
        () => false,
      );
    await page.waitForTimeout(300);
    expect(written, `the URL never recorded ${choice}`).toBe(true);
    expect(await select.inputValue()).toBe(choice);
    await page.context().close();
  });
});

/** Widget pages, their element and a typed number field in it. */
const TYPED_FIELDS = [
  ['limits/', 'fig2-widget', '[data-control="mmax"]'],
  ['muon-g-2/', 'gm2-explorer', '[data-control="mass"]'],
  ['validity/', 'validity-explorer', '#vx-m'],
  ['kinetic-mixing/', 'epsilon-calculator', '[data-control="g"]'],
] as const;

// A widget draws a change at once and writes the URL just after the next paint; that write must
// not reset a field the reader started typing in meanwhile.
describe('typing right after a control change', () => {
  it.each(TYPED_FIELDS)('/%s keeps the half-typed text when the URL catches up', async (path, widget, field) => {
    const { page } = await openPage(browser);
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
    const select = page.locator(`${widget} select`).first();
    await select.scrollIntoViewIfNeeded();
    // The figure code has arrived and drawn (it loads when the figure nears the viewport);
    // waitForLoadState('networkidle') would return at once, the load having long finished.
    await networkQuiet(page);
    const before = page.url();
    // Choose the next option, then in the next task (before the frame is painted) type "1e",
    // not yet a number, into the field.
    await select.evaluate(async (el, selector) => {
      const sel = el as HTMLSelectElement;
      sel.selectedIndex = (sel.selectedIndex + 1) % sel.options.length;
      sel.dispatchEvent(new Event('input', { bubbles: true }));
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      const input = document.querySelector<HTMLInputElement>(selector)!;
      input.focus();
      input.value = '1e';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, `${widget} ${field}`);
    await page.waitForFunction((old) => location.href !== old, before, { timeout: 20_000 });
    await page.waitForTimeout(300);
    await expect(page.locator(`${widget} ${field}`).inputValue()).resolves.toBe('1e');
    await page.context().close();
  });
});
