// The built site's search and its beyond-the-paper pages: the Pagefind index exists and covers
// every content page (not the search page itself), every page has a plain-HTML search form that
// needs no JavaScript, and the site's own analysis is labelled as such.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, parseDocument } from '../setup/site-pages';

const pages = builtPages(DIST);
const contentPages = pages.filter((p) => p.file !== 'search/index.html' && p.file !== '404.html');
const parsed = new Map<string, Document>();
/** A built page's document, parsed once (linkedom is slow on KaTeX-heavy pages). */
function doc(file: string): Document {
  let d = parsed.get(file);
  if (!d) {
    d = parseDocument(pages.find((p) => p.file === file)?.html ?? '');
    parsed.set(file, d);
  }
  return d;
}

/** Content ids whose frontmatter says `beyondPaper: true`, read from the MDX sources. */
function beyondPaperIds(): string[] {
  const dir = 'src/content/pages';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) => /^---[\s\S]*?^beyondPaper:\s*true\s*$[\s\S]*?^---/m.test(readFileSync(join(dir, f), 'utf8')))
    .map((f) => f.replace(/\.mdx$/, ''));
}

describe('the Pagefind index in dist/pagefind', () => {
  it('holds the search runtime, its WebAssembly and an English index', () => {
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind']) expect(existsSync(join(DIST, 'pagefind', file)), file).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
  });

  it('indexes every content page once and leaves out the search page', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(contentPages.length).toBeGreaterThan(3);
    expect(entry.languages.en.page_count).toBe(contentPages.length);
  });

  it('marks the article body of every content page for indexing', () => {
    for (const page of contentPages) expect(doc(page.file).querySelector('[data-pagefind-body]'), page.file).not.toBeNull();
  });
});

describe('the search form in the header', () => {
  it.each(pages.map((p) => p.file))('%s: has a labelled GET form to the search page', (file) => {
    const page = doc(file);
    const form = page.querySelector('header form[role="search"]');
    expect(form).not.toBeNull();
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.getAttribute('action')).toMatch(/\/search\/$/);
    const input = form?.querySelector('input[name="q"]');
    const id = input?.getAttribute('id') ?? '';
    expect(id).not.toBe('');
    expect(page.querySelector(`label[for="${id}"]`)?.textContent?.trim()).toBe('Search the site');
    expect(form?.querySelector('button[type="submit"]')).not.toBeNull();
  });

  it('the search page explains that search needs JavaScript when it is off', () => {
    expect(pages.some((p) => p.file === 'search/index.html')).toBe(true);
    const search = doc('search/index.html');
    expect(search.querySelector('noscript')?.textContent).toMatch(/needs JavaScript/);
    expect(search.querySelector('site-search-page [role="status"]')).not.toBeNull();
  });
});

describe('beyond-the-paper pages', () => {
  const beyond = beyondPaperIds();

  it('include the updates, validity and careful-reading pages', () => {
    expect(beyond).toEqual(expect.arrayContaining(['updates', 'validity', 'careful-reading']));
  });

  it.each(beyond)('%s: carries the "Beyond the paper" label above its title', (id) => {
    expect(
      pages.some((p) => p.file === `${id}/index.html`),
      `${id}/index.html`,
    ).toBe(true);
    const label = doc(`${id}/index.html`).querySelector('article .eyebrow.beyond');
    expect(label?.textContent).toMatch(/^Beyond the paper/);
  });

  it('no paper page carries that label', () => {
    const labelled = contentPages.filter((p) => doc(p.file).querySelector('article .eyebrow.beyond')).map((p) => p.file.replace(/\/index\.html$/, ''));
    expect(labelled.sort()).toEqual([...beyond].sort());
  });

  it('careful-reading: every note is an h2 with an id that the table at the top links to', () => {
    const page = doc('careful-reading/index.html');
    const ids = [...page.querySelectorAll('article h2[id]')].map((h) => h.getAttribute('id'));
    expect(ids).toHaveLength(9); // nine notes (the page says "Nine places");
    const linked = [...page.querySelectorAll('article table a[href^="#"]')].map((a) => a.getAttribute('href')?.slice(1));
    expect(linked).toEqual(ids);
  });

  it('updates and careful-reading quote every number through <Value> and ship no JavaScript', () => {
    for (const id of ['updates', 'careful-reading']) {
      const page = doc(`${id}/index.html`);
      expect(page.querySelectorAll('.value[data-value-key]').length, id).toBeGreaterThan(20);
      expect(page.querySelectorAll('script[src], script[type="module"]').length, id).toBe(0);
    }
  });
});
