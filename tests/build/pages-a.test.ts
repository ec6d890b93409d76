// The explainer pages for the paper's Sec. I–III (up to the millicharge) and the notation page, as
// built in dist/: one h1 each, the paper's equations anchored once on the page that owns them, the
// home page's KaTeX q_ν = ε g, and every <Value> showing exactly what values/registry.server.ts computes.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/values/registry.server';
import { builtPages, DIST, parseDocument } from '../setup/site-pages';

/** Page id → the paper's equations it must hold, and its paper section eyebrow. */
interface PageSpec {
  id: string;
  equations: number[];
  section?: string;
  /** Fewest <Value> numbers the page must quote. */
  minValues: number;
}
const PAGES: PageSpec[] = [
  { id: 'index', equations: [], minValues: 8 },
  { id: 'model', equations: [1, 2], section: 'Sec. II', minValues: 0 },
  { id: 'muon-g-2', equations: [6], section: 'Sec. II A', minValues: 30 },
  { id: 'hubble-tension', equations: [], section: 'Sec. II B', minValues: 8 },
  { id: 'kinetic-mixing', equations: [3, 4, 5], section: 'Sec. III', minValues: 8 },
  { id: 'neutrino-millicharge', equations: [7, 8], section: 'Sec. III', minValues: 10 },
  { id: 'notation', equations: [], minValues: 7 },
];
const WITH_SECTION = PAGES.filter((p) => p.section !== undefined);
const WITH_EQUATIONS = PAGES.filter((p) => p.equations.length > 0);

/** The reading order the home page's map must follow (the planned page ids). */
const READING_ORDER = [
  'model',
  'muon-g-2',
  'hubble-tension',
  'kinetic-mixing',
  'neutrino-millicharge',
  'limits',
  'conclusions',
  'updates',
  'validity',
  'careful-reading',
  'what-if',
  'notation',
  'references',
  'cite',
];

const fileOf = (id: string) => (id === 'index' ? 'index.html' : `${id}/index.html`);
const available = existsSync(`${DIST}/index.html`);

describe('pages of part A in dist/', () => {
  it('dist/ exists (run `npx astro build` first)', () => {
    expect(available, 'dist/ is missing: run `npx astro build`').toBe(true);
  });
  if (!available) return;

  const pages = builtPages(DIST, 'npx astro build');
  const html = new Map(pages.map((p) => [p.file, p.html]));
  const documentOf = (id: string) => parseDocument(html.get(fileOf(id)) ?? '');

  describe.each(PAGES)('/$id/', ({ id, minValues }) => {
    it('is built and has exactly one h1', () => {
      expect(html.has(fileOf(id)), `${fileOf(id)} not built`).toBe(true);
      expect(documentOf(id).querySelectorAll('h1').length).toBe(1);
    });

    it('has h2 sections for its table of contents', () => {
      expect(documentOf(id).querySelectorAll('article h2').length).toBeGreaterThanOrEqual(3);
    });

    it('shows every <Value> as values/registry.server.ts formats it, and no NaN or Infinity anywhere', () => {
      const doc = documentOf(id);
      const spans = [...doc.querySelectorAll('span.value[data-value-key]')];
      expect(spans.length).toBeGreaterThanOrEqual(minValues);
      for (const span of spans) {
        const key = span.getAttribute('data-value-key')!;
        const digits = span.getAttribute('data-value-digits');
        expect(span.textContent, key).toBe(formatValue(key, digits === null ? undefined : Number(digits)));
        expect(span.getAttribute('title'), key).toMatch(/^computed from /);
      }
      const text = doc.querySelector('article')?.textContent ?? '';
      expect(text).not.toMatch(/\bNaN\b|Infinity|undefined/);
    });
  });

  it.each(WITH_SECTION)('/$id/ says which section of the paper it covers ($section)', ({ id, section }) => {
    expect(documentOf(id).querySelector('.eyebrow')?.textContent?.trim()).toBe(`Paper ${section}`);
  });

  it.each(WITH_EQUATIONS)('/$id/ holds the anchors of eqs. $equations exactly once, typeset', ({ id, equations }) => {
    const doc = documentOf(id);
    for (const n of equations) {
      expect(doc.querySelectorAll(`[id="eq-${n}"]`).length, `#eq-${n} on /${id}/`).toBe(1);
      expect(doc.querySelector(`#eq-${n} .katex-display`), `#eq-${n} is typeset`).not.toBeNull();
    }
  });

  it('every equation anchor #eq-N exists only on the page that owns eq. (N)', () => {
    const owner = new Map<number, string>(PAGES.flatMap((p) => p.equations.map((n) => [n, fileOf(p.id)] as [number, string])));
    for (const page of pages) {
      const doc = parseDocument(page.html);
      for (const [n, file] of owner) {
        if (page.file !== file) expect(doc.querySelector(`[id="eq-${n}"]`), `#eq-${n} also on ${page.file}`).toBeNull();
      }
    }
  });

  it('the home page typesets q_ν = ε g with KaTeX and names the paper with its arXiv link', () => {
    const doc = documentOf('index');
    const tex = [...doc.querySelectorAll('.katex-display annotation[encoding="application/x-tex"]')].map((a) => a.textContent?.replace(/\s+/g, ' ').trim());
    expect(tex).toContain('q_\\nu = \\epsilon\\, g');
    // tests/e2e/home.test.ts reads the first .katex-display in the document, so no hidden
    // eq. (N) preview (which holds one too) may come before it.
    expect(tex[0]).toBe('q_\\nu = \\epsilon\\, g');
    expect(doc.querySelector('a[href="https://arxiv.org/abs/2308.05720"]')).not.toBeNull();
  });

  it('the home page reading map links every planned page, in reading order', () => {
    const doc = documentOf('index');
    const lists = [...doc.querySelectorAll('article ol')];
    const map = lists[lists.length - 1];
    const hrefs = [...map.querySelectorAll(':scope > li > a:first-child')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(READING_ORDER.map((id) => `/${id}/`));
  });

  it('prose "eq. (N)" references on these pages link to the owning page’s anchor', () => {
    const owner: Record<number, string> = {
      1: 'model',
      2: 'model',
      3: 'kinetic-mixing',
      4: 'kinetic-mixing',
      5: 'kinetic-mixing',
      6: 'muon-g-2',
      7: 'neutrino-millicharge',
      8: 'neutrino-millicharge',
    };
    let seen = 0;
    for (const { id } of PAGES) {
      for (const a of documentOf(id).querySelectorAll('a.eqref')) {
        const n = Number(a.getAttribute('data-eq'));
        expect(a.getAttribute('href'), `eq. (${n}) on /${id}/`).toBe(`/${owner[n]}/#eq-${n}`);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});
