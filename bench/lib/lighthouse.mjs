// Lighthouse 12 (mobile defaults: simulated slow 4G and 4× CPU slowdown) on Debian's Chromium.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM, FLAGS } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @param {string[]} urls
 * @returns {Promise<Record<string, Record<string, number | null>>>} scores 0–100 per URL and category
 */
export async function lighthouseScores(urls) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  /** @type {Record<string, Record<string, number | null>>} */
  const out = {};
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const categories = result?.lhr.categories ?? {};
      out[url] = Object.fromEntries(CATEGORIES.map((c) => [c, categories[c]?.score == null ? null : Math.round(categories[c].score * 100)]));
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
