// The "Copy BibTeX" buttons on the cite page, in Chromium: a click (or Enter) puts the exact
// BibTeX on the clipboard and says so; if the clipboard refuses, the text is selected instead;
// without JavaScript the button stays hidden and the BibTeX is still on the page.
import { describe, expect, inject, it } from 'vitest';
import { foreignRequests, openPage, useBrowser } from '../setup/browser';
import { parseBibtex } from '../../src/cite/bibtex';
import pkg from '../../package.json';

const siteUrl = inject('siteUrl');
const citeUrl = new URL('cite/', siteUrl).href;
const browser = useBrowser();

describe('the cite page in Chromium', () => {
  it('copies the paper BibTeX on click, announces "Copied", and logs no error', async () => {
    const { page, log } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(citeUrl, { waitUntil: 'networkidle' });
    const block = page.locator('.copy-bibtex').filter({ has: page.locator('#bibtex-paper') });
    const button = block.getByRole('button', { name: 'Copy BibTeX for the paper' });
    await expect(button.isVisible()).resolves.toBe(true);
    await expect(block.getByRole('status').textContent()).resolves.toBe('');
    await button.click();
    await page.waitForFunction(() => document.querySelector('#bibtex-paper ~ copy-bibtex [role="status"]')?.textContent === 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#bibtex-paper').textContent());
    const [entry] = parseBibtex(copied);
    expect(entry.fields).toMatchObject({ eprint: '2308.05720', archiveprefix: 'arXiv', primaryclass: 'hep-ph', year: '2023' });
    expect(entry.fields.author).toBe('Alok, Ashutosh Kumar and Singh Chundawat, Neetu Raj and Mandal, Arindam');
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(foreignRequests(log, siteUrl)).toEqual([]);
    await page.context().close();
  });

  it('copies the site BibTeX from the keyboard (Tab to the button, Enter)', async () => {
    const { page, log } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(citeUrl, { waitUntil: 'networkidle' });
    await page.locator('#bibtex-site').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Copy BibTeX for this site');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#bibtex-site ~ copy-bibtex [role="status"]')?.textContent === 'Copied');
    const [entry] = parseBibtex(await page.evaluate(() => navigator.clipboard.readText()));
    expect(entry.type).toBe('software');
    expect(entry.fields.version).toBe(pkg.version);
    // The site's public address (astro.config `site` + base): the home page, one level above /cite/.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(entry.fields.url).toBe(new URL('..', canonical!).href);
    expect(log.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('selects the text and says how to copy it when the clipboard refuses', async () => {
    const { page, log } = await openPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.goto(citeUrl, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Copy BibTeX for the paper' }).click();
    await page.waitForFunction(() => /^Selected/.test(document.querySelector('#bibtex-paper ~ copy-bibtex [role="status"]')?.textContent ?? ''));
    const selected = await page.evaluate(() => window.getSelection()?.toString());
    expect(selected?.trim()).toBe((await page.locator('#bibtex-paper').textContent())?.trim());
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('prints the example figure address in full (no unevaluated {expression} left in the prose)', async () => {
    const { page } = await openPage(browser);
    await page.goto(citeUrl);
    const prose = (await page.locator('main p').allTextContents()).join(' ');
    expect(prose).not.toMatch(/\{\w+\}/);
    expect(prose).toMatch(/figure state at https?:\/\/\S+\/limits\/\?…/);
    await page.context().close();
  });

  it('without JavaScript shows the BibTeX but no button', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(citeUrl);
    await expect(page.locator('#bibtex-paper').textContent()).resolves.toMatch(/^@misc\{Alok2023-230805720,/);
    await expect(page.getByRole('button', { name: /Copy BibTeX/ }).count()).resolves.toBe(0);
    await page.context().close();
  });
});
