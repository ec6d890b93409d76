// A reader may move a control before the figure code has arrived (it loads lazily, when the
// figure nears the viewport). The choice must win over the figure's first draw from the URL.
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../setup/browser';

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
      .then(() => true, () => false);
    await page.waitForTimeout(300);
    expect(written, `the URL never recorded ${choice}`).toBe(true);
    expect(await select.inputValue()).toBe(choice);
    await page.context().close();
  });
});
