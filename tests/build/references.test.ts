// The bibliography in the built site: every citation link lands on an entry of the references
// page, every entry carries well-formed arXiv/DOI links matching src/data/references.json, and
// every <Cite> in the content names an existing entry.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { builtPages, DIST, parseDocument } from '../setup/site-pages';
import { references, reference } from '../../src/cite/references.server';

const pages = builtPages(DIST).filter((p) => p.file !== '404.html');
const refsPage = pages.find((p) => p.path === 'references/');
const refsDoc = refsPage ? parseDocument(refsPage.html) : undefined;
const CONTENT = new URL('../../src/content/pages/', import.meta.url);

describe('the references page', () => {
  it('is built', () => {
    expect(refsDoc, 'references/index.html').toBeDefined();
  });
  if (!refsDoc) return;

  it('has one entry per reference, anchored ref-<id>, with the paper numbers [1]–[79] kept', () => {
    const ids = [...refsDoc.querySelectorAll('li[id^="ref-"]')].map((li) => li.getAttribute('id'));
    expect(ids).toEqual(references.map((r) => `ref-${r.id}`));
    for (let n = 1; n <= 79; n++) {
      expect(refsDoc.getElementById(`ref-${n}`)?.querySelector('.ref-label')?.textContent).toBe(`[${n}]`);
    }
  });

  it.each(references.map((r) => [r.id, r] as const))('entry %s links its arXiv abstract and DOI exactly', (id, ref) => {
    const li = refsDoc.getElementById(`ref-${id}`)!;
    const hrefs = [...li.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    const arxiv = hrefs.filter((h) => h?.startsWith('https://arxiv.org/'));
    const doi = hrefs.filter((h) => h?.startsWith('https://doi.org/'));
    expect(arxiv).toEqual(ref.arxiv ? [`https://arxiv.org/abs/${ref.arxiv}`] : []);
    expect(doi).toEqual(ref.doi ? [`https://doi.org/${ref.doi}`] : []);
    for (const h of arxiv) expect(h).toMatch(/^https:\/\/arxiv\.org\/abs\/(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/);
    for (const h of doi) expect(h).toMatch(/^https:\/\/doi\.org\/10\.\d{4,9}\/\S+$/);
  });
});

describe('citation links across the site', () => {
  const links = pages.flatMap((p) =>
    [...parseDocument(p.html).querySelectorAll('a[href*="#ref-"]')].map((a) => ({
      page: p.path,
      href: a.getAttribute('href')!,
      title: a.getAttribute('title'),
    })),
  );

  it('exist (the limits page cites its sources)', () => {
    expect(links.filter((l) => l.page === 'limits/').length).toBeGreaterThan(5);
  });

  it('every #ref-… link targets the references page and an entry on it', () => {
    const bad = links.filter((l) => {
      const url = new URL(l.href, 'https://site.invalid/');
      return url.pathname !== '/references/' || !refsDoc?.getElementById(url.hash.slice(1));
    });
    expect(bad).toEqual([]);
  });

  it('every citation link names its authors and year in a title', () => {
    const cites = links.filter((l) => l.page !== 'references/');
    for (const l of cites) expect(l.title, `${l.page} ${l.href}`).toMatch(/\(\d{4}\)/);
  });
});

describe('<Cite> in the content', () => {
  const mdx = readdirSync(CONTENT).filter((f) => f.endsWith('.mdx'));
  const uses = mdx.flatMap((file) => {
    const text = readFileSync(new URL(file, CONTENT), 'utf8');
    return [...text.matchAll(/<Cite\s+([^>]*?)\/>/g)].map((m) => ({ file, attrs: m[1]! }));
  });

  it('is used on several pages', () => {
    expect(new Set(uses.map((u) => u.file)).size).toBeGreaterThan(1);
  });

  it.each(uses.map((u) => [u.file, u.attrs] as const))('%s: <Cite %s/> refers to existing entries', (_file, attrs) => {
    const keys = [
      ...[...attrs.matchAll(/\bn=\{\[?([\d,\s]+)\]?\}/g)].flatMap((m) => m[1]!.split(',').map((s) => Number(s.trim()))),
      ...[...attrs.matchAll(/\bid=(?:"([^"]+)"|\{\[?([^}\]]+)\]?\})/g)].flatMap((m) =>
        (m[1] ?? m[2]!).split(',').map((s) => s.trim().replace(/^['"]|['"]$/g, '')),
      ),
    ];
    expect(keys.length, `no n or id in <Cite ${attrs}/>`).toBeGreaterThan(0);
    for (const key of keys) expect(() => reference(key)).not.toThrow();
  });
});
