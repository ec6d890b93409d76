import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import limitsJson from '../../src/data/millicharge-limits.json';
import { renderBoundTable } from '../../src/components/bound-table/bound-table-live';
import { parseFig2State } from '../../src/figures/fig2/state';
import type { LimitsData } from '../../src/figures/fig2/limits-view';

const dist = process.env.DIST_DIR ?? 'dist';
const page = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;

/** Markup with each element's attributes sorted by name (linkedom does not keep insertion order). */
function canonical(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  const el = node as Element;
  const children = [...el.childNodes].map(canonical).join('');
  if (node.nodeType !== 1) return children;
  const attributes = [...el.attributes]
    .map((a) => ` ${a.name}="${a.value}"`)
    .sort()
    .join('');
  return `<${el.localName}${attributes}>${children}</${el.localName}>`;
}

describe('the built limits page', () => {
  const doc = page('limits');

  it('contains Fig. 2 as a labelled static SVG with the paper’s four limits', () => {
    const svg = doc.querySelector('fig2-widget [data-chart] svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toMatch(/COHERENT 2021.*XENONnT.*LUX-ZEPLIN.*Beam dump/s);
    for (const id of limitsJson.limits.filter((l) => l.showInPaperFigure).map((l) => l.id)) {
      expect(doc.querySelectorAll(`fig2-widget svg .fig2-limit-${id}`).length).toBeGreaterThan(0);
    }
    expect(doc.querySelector('fig2-widget figcaption')?.textContent).toContain('Fig. 2');
    expect(doc.querySelector('fig2-widget details table tbody tr')).not.toBeNull();
  });

  it('contains the bound table with the paper’s numbers and the symmetric bounds that reproduce them', () => {
    const cells = (key: string) => [...doc.querySelectorAll(`bound-table tr[data-key="${key}"] td`)].map((td) => td.textContent?.trim());
    // Columns after the row header: flavour, symmetric, signed, paper, joint, g−2, Hubble, interval, kind, source.
    const expected: Record<string, [string, string]> = {
      'coherent-2021-mu': ['1.25 × 10⁻³', '1.2 × 10⁻³'],
      'xenonnt-tau': ['4.07 × 10⁻⁶', '4 × 10⁻⁶'],
      'lz-tau': ['2.42 × 10⁻⁶', '2.4 × 10⁻⁶'],
      'beam-dump-tau': ['1.45 × 10⁻¹⁰', '1.4 × 10⁻¹⁰'],
    };
    for (const [key, [symmetric, paper]] of Object.entries(expected)) {
      const row = cells(key);
      expect(row[1]).toBe(symmetric);
      expect(row[3]).toBe(paper);
    }
    // A signed bound is highlighted exactly where it differs from the symmetric one.
    for (const tr of doc.querySelectorAll('bound-table tbody tr')) {
      const [, symmetric, signed] = [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace('≠', '').trim());
      expect(tr.querySelector('td.differs') !== null).toBe(symmetric !== signed);
    }
    expect(doc.querySelectorAll('bound-table tbody tr').length).toBe(limitsJson.limits.reduce((n, l) => n + l.flavors.length, 0));
    expect(doc.querySelectorAll('bound-table th[aria-sort]').length).toBe(2);
  });

  it('renders the bound table’s rows exactly as the browser’s re-render of the same state does (one cell model, two renderers)', () => {
    const root = doc.querySelector('bound-table')!;
    const tbody = root.querySelector('tbody[data-rows]')!;
    const built = canonical(tbody);
    expect(built).toContain('<div class="cell-line">');
    const data = JSON.parse(root.getAttribute('data-limits')!) as LimitsData;
    renderBoundTable(root, data, parseFig2State(data, '').state, { column: 'gmaxSymmetric', order: 'none' });
    expect(canonical(tbody)).toBe(built);
  });

  it('shows both readings in the g−2 and Hubble cells, with labelled lines', () => {
    const cell = (key: string, column: number) => doc.querySelector(`bound-table tr[data-key="${key}"]`)!.children[column]!;
    // Columns: experiment, flavour, symmetric, signed, paper, joint, g−2, Hubble, …
    const gm2 = cell('xenonnt-tau', 6);
    expect([...gm2.querySelectorAll('.reading-label')].map((l) => l.textContent)).toEqual(['with Z′ mass: ', 'massless Z′ (paper): ']);
    expect(gm2.textContent).toBe('with Z′ mass: yes, all of it at |q| = 0.38 MeV; no at 0.03 MeV' + 'massless Z′ (paper): yes, all of it');
    // A disputed row claims only what its number would exclude if it held.
    expect(cell('beam-dump-tau', 6).textContent).toContain('massless Z′ (paper): would, if it held: all of it');
    expect(cell('beam-dump-tau', 6).textContent).toContain('static bound: no charge at q² → 0 for a massive Z′');
    expect(cell('lz-tau', 5).textContent).toBe('2.08 × 10⁻⁶');
    expect(cell('coherent-2021-mu', 5).textContent).toBe('—');
    expect(doc.querySelector('bound-table caption')?.textContent).toMatch(/site’s own estimate.*neglects θ13/s);
    // Disputed limits: a row class and the reason in a disclosure; limits without a CL say which sources omit it.
    for (const limit of limitsJson.limits.filter((l) => 'disputed' in l)) {
      const tr = doc.querySelector(`bound-table tr[data-key^="${limit.id}"]`)!;
      expect(tr.classList.contains('disputed')).toBe(true);
      expect(tr.querySelector('th details')?.textContent).toContain((limit as { disputed: string }).disputed);
      expect(tr.textContent).toContain('as quoted by the paper, disputed');
    }
    expect(doc.querySelector('bound-table tr[data-key="coherent-2021-mu"] details')?.textContent).toBe(`CL not stated${limitsJson.limits[0]!.clSource}`);
  });

  it('links every data limit’s source to its entry on the references page and to arXiv', () => {
    const references = page('references');
    for (const tr of doc.querySelectorAll('bound-table tbody tr')) {
      const links = [...tr.lastElementChild!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      // The references page under the site's base path ('/' here, '/<repo>/' in dist-base).
      expect(links[0]).toMatch(/^\/(?:[\w-]+\/)?references\/#ref-(\d+|extra-[a-z0-9-]+)$/);
      expect(links[1]).toMatch(/^https:\/\/arxiv\.org\/abs\//);
      expect(references.getElementById(links[0]!.split('#')[1]!), links[0]!).not.toBeNull();
    }
  });

  it('ships a first-load controller of at most 10 KB gzip, with Plot only in lazily imported chunks', () => {
    const assets = join(dist, '_astro');
    const entries = [...doc.querySelectorAll('script[type="module"][src]')].map((s) => s.getAttribute('src')!).filter((src) => /Fig2|BoundTable/.test(src));
    expect(entries.length).toBe(2);
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(assets, file), 'utf8');
      // Static imports only: `import … from "./x.js"` or `import "./x.js"`, never `import("./x.js")`.
      for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)) visit(m[1]);
    };
    for (const src of entries) visit(src.replace(/^.*\/_astro\//, ''));
    const gzip = [...seen].reduce((n, f) => n + gzipSync(readFileSync(join(assets, f))).length, 0);
    console.log(`Fig. 2 + bound table first-load JS: ${seen.size} files, ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(10 * 1024);
    const plotChunk = readdirSync(assets).find((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('plot-d6a7b5'));
    expect(plotChunk).toBeDefined();
    expect(seen.has(plotChunk!)).toBe(false);
  });
});

describe('the built what-if page', () => {
  it('has the form with labelled fields, Fig. 2 and the table', () => {
    const doc = page('what-if');
    for (const id of ['whatif-name', 'whatif-flavor', 'whatif-lower', 'whatif-upper', 'whatif-cl', 'whatif-kind']) {
      expect(doc.querySelector(`label[for="${id}"]`)).not.toBeNull();
    }
    expect(doc.querySelector('fig2-widget svg[role="img"]')).not.toBeNull();
    expect(doc.querySelector('bound-table table')).not.toBeNull();
  });
});
