// Browser-side checks shared by the site-wide e2e tests: CSP violation capture, theme selection,
// text that must never appear on a page (NaN, Infinity, undefined) and widget discovery.
import type { BrowserContext, Page } from 'playwright-core';

/** Tags of the WCAG rules axe must report no violation for. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Records `securitypolicyviolation` events in window.__cspViolations. Playwright injects init
 * scripts through the DevTools protocol, so the page's own CSP does not block this listener
 * (site-pages.test.ts proves it by provoking a violation on purpose).
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['listener missing']);
}

/** Makes every page of the context open in the given theme: saved choice and OS preference agree. */
export async function useTheme(context: BrowserContext, page: Page, theme: 'light' | 'dark'): Promise<void> {
  await context.addInitScript((t) => {
    try {
      localStorage.setItem('theme', t);
    } catch {
      /* storage disabled: the media emulation below still applies */
    }
  }, theme);
  await page.emulateMedia({ colorScheme: theme });
}

/** Scrolls through the whole page so lazily loaded figures (IntersectionObserver) wake up. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight * 0.8);
    // A frame, or 100 ms if frames stall (a busy machine can starve a background page of frames).
    const nextFrame = () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve, 0));
        setTimeout(resolve, 100);
      });
    // At most 400 steps, even if the page keeps growing while it is scrolled.
    for (let y = 0, i = 0; y < document.documentElement.scrollHeight && i < 400; y += step, i++) {
      window.scrollTo(0, y);
      await nextFrame();
    }
    window.scrollTo(0, 0);
  });
}

/**
 * Words that mean a number went wrong, counted in the page's text and in every attribute of
 * elements inside figures and widgets (Plot writes NaN into path data silently).
 */
export function badTokenCount(page: Page, ignore: string[] = []): Promise<{ text: number; attributes: string[] }> {
  return page.evaluate((ignored) => {
    const BAD = /\bNaN\b|\bInfinity\b|\bundefined\b|\bnull\b/g;
    let text = document.body.innerText;
    for (const s of ignored) text = text.split(s).join(' ');
    const count = (text.match(BAD) ?? []).length;
    const attributes: string[] = [];
    const roots = [...document.querySelectorAll('main *')].filter(
      (el) => el.tagName === 'FIGURE' || el.tagName.includes('-') || el.hasAttribute('data-widget'),
    );
    for (const root of roots) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        for (const a of el.attributes) {
          if (
            /^(d|x|y|x1|x2|y1|y2|cx|cy|r|width|height|transform|points|viewBox|value|aria-valuenow|aria-valuetext|aria-label)$/.test(a.name) &&
            /NaN|Infinity|undefined/.test(a.value)
          ) {
            attributes.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`);
          }
        }
      }
    }
    return { text: count, attributes: [...new Set(attributes)] };
  }, ignore);
}

/** The outermost widget elements of the page: custom elements or [data-widget] elements. */
export const WIDGET_ROOTS_SCRIPT = `(() => {
  const all = [...document.querySelectorAll('main *')].filter((el) => el.tagName.includes('-') || el.hasAttribute('data-widget'));
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
})()`;
