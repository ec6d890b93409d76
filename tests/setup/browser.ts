// Debian's Chromium driven by playwright-core; nothing downloads a browser. Every page opened
// through `openPage` records console messages, page errors and every request's URL so a test
// can assert that nothing failed and nothing left the site's own origin.
import { chromium, type Browser, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export interface PageLog {
  consoleErrors: string[];
  consoleWarnings: string[];
  pageErrors: string[];
  requests: string[];
  failedRequests: string[];
}

/**
 * One Chromium for a test file: launched before its tests, closed after them.
 * @returns a handle for openPage (the browser exists only once the tests run)
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser: the browser is launched in beforeAll; open pages inside tests');
    return browser;
  };
}

/** Requests of each page opened by openPage that have not finished or failed yet. */
const inFlight = new WeakMap<Page, Set<Request>>();

/** A new page in a fresh context, with a log of everything that went wrong or left the page. */
export async function openPage(browser: Browser | (() => Browser), options: BrowserContextOptions = {}): Promise<{ page: Page; log: PageLog }> {
  const context = await (typeof browser === 'function' ? browser() : browser).newContext(options);
  const page = await context.newPage();
  // Tests are not retried: a page load slowed by a busy 2-core machine must not fail at Playwright's 30 s.
  page.setDefaultNavigationTimeout(90_000);
  const log: PageLog = { consoleErrors: [], consoleWarnings: [], pageErrors: [], requests: [], failedRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
    if (msg.type() === 'warning') log.consoleWarnings.push(msg.text());
  });
  page.on('pageerror', (err) => log.pageErrors.push(String(err)));
  const pending = new Set<Request>();
  inFlight.set(page, pending);
  page.on('request', (req) => {
    log.requests.push(req.url());
    pending.add(req);
  });
  page.on('requestfinished', (req) => pending.delete(req));
  page.on('requestfailed', (req) => {
    pending.delete(req);
    log.failedRequests.push(`${req.url()} ${req.failure()?.errorText ?? ''}`);
  });
  return { page, log };
}

/**
 * Waits until a page opened by openPage has had no request in flight for `quietMs`: the modules a
 * scroll or a URL change asked for have arrived. Unlike waitForLoadState('networkidle'), which
 * returns at once when the page was idle before, this also waits for requests started since.
 * @throws when the network is still busy after `timeoutMs`, naming the pending requests
 */
export async function networkQuiet(page: Page, { quietMs = 300, timeoutMs = 30_000 } = {}): Promise<void> {
  const pending = inFlight.get(page);
  if (!pending) throw new Error('networkQuiet: open the page with openPage, which tracks its requests');
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() - start > timeoutMs) throw new Error(`networkQuiet: still loading after ${timeoutMs} ms: ${[...pending].map((r) => r.url()).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (pending.size > 0) quietSince = Date.now();
  }
}

/** Requests whose origin is not the site's own (data: and blob: URLs stay on the page). */
export function foreignRequests(log: PageLog, siteUrl: string): string[] {
  const origin = new URL(siteUrl).origin;
  return log.requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
}
