// The g−2 explorer and the ε calculator in the built site: each page carries its figure rendered at
// build time (a labelled SVG with the marker), the readout in words, the legend and the data table,
// so both work without JavaScript; and the widget's first-load script stays small.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages, loadedFiles, pageOf } from '../setup/site-pages';
import { couplingBandForDeltaAmu, MUON_MASS_MEV, TAU_MASS_MEV } from '../../src/physics/index';
import { deltaAmuOf, gMinus2, hubbleRegions, millichargeLimits } from '../../src/data/index';
import { parseBibtex } from '../../src/cite/bibtex';

const pages = builtPages(DIST);
const page = (path: string) => pageOf(pages, path);

/** Static (gzip) bytes a page loads before any interaction: its module scripts and their static imports. */
function firstLoadBytes(html: string): number {
  return loadedFiles(html).reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);
}

describe('the g−2 explorer on /muon-g-2/', () => {
  const { html, doc } = page('muon-g-2/');
  const widget = doc.querySelector('gm2-explorer');

  it('holds the build-time chart: one labelled SVG with the mass marker, the band and the bounds', () => {
    const svg = widget?.querySelector('[data-chart] svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toMatch(/^Log–log chart of the coupling g/);
    expect(svg?.querySelectorAll('.gm2-marker').length).toBe(1);
    expect(svg?.textContent).toContain('g−2 band (1σ)');
    expect(svg?.textContent).toContain('XENONnT');
    expect(svg?.textContent).toContain('Hubble: light Z′ (paper)');
    expect(svg?.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('states the coupling needed at 15 MeV with the paper’s value set, as eq. (6) gives it', () => {
    const { central } = couplingBandForDeltaAmu(deltaAmuOf('2023-paper'), 1, 15);
    const mantissa = (central / 1e-4).toFixed(2);
    expect(widget?.querySelector('[data-summary]')?.textContent).toContain(`needs g = ${mantissa} × 10⁻⁴`);
  });

  it('compares the XENONnT bound √(q_max·12π²/ln(m_τ²/m_μ²)) with the needed coupling, at q² = 0 and with the Z′ propagator', () => {
    const gMax = Math.sqrt((7.9e-13 * 12 * Math.PI ** 2) / Math.log((TAU_MASS_MEV / MUON_MASS_MEV) ** 2));
    const line = [...(widget?.querySelectorAll('[data-comparisons] li') ?? [])].map((li) => li.textContent ?? '').find((t) => t.startsWith('XENONnT'));
    expect(line).toContain(`at q² = 0, g ≤ ${(gMax / 1e-6).toFixed(2)} × 10⁻⁶`);
    expect(line).toMatch(/above it: whole band excluded; with the Z′ propagator, /);
    // At 15 MeV: g_max × √(1 + (15/0.38)²) = 1.61e-4, below the 1σ band (4.69–5.73) × 10⁻⁴; g_max × √(1 + (15/0.03)²) = 2.04e-3, above it.
    const atQ = (q: number) => ((gMax * Math.sqrt(1 + (15 / q) ** 2)) / 1e-4).toFixed(1);
    expect([atQ(0.38), atQ(0.03)]).toEqual(['1.6', '20.4']);
    expect(line).toContain(`whole band excluded at |q| = 0.38 MeV (g ≤ ${atQ(0.38)}`);
    expect(line).toContain('but allowed at 0.03 MeV (g ≤ 2.04 × 10⁻³)');
  });

  it('gives no bound a q² = 0 verdict alone: every readout line and bound-table row also reads it with the Z′ propagator', () => {
    const lines = [...(widget?.querySelectorAll('[data-comparisons] li') ?? [])].map((li) => li.textContent ?? '');
    expect(lines.length).toBe(millichargeLimits.limits.filter((l) => l.flavors.includes('tau')).length);
    for (const line of lines) expect(line).toMatch(/; with the Z′ propagator, (.+ at \|q\| = [\d.]+ MeV|no bound \(static bound|not evaluated)/);
    const headers = [...(widget?.querySelectorAll('[data-bound-table] th') ?? [])].map((th) => th.textContent);
    expect(headers).toContain('Needed g / gmax with the Z′ propagator');
    const rows = [...(widget?.querySelectorAll('[data-bound-table] tbody tr') ?? [])];
    expect(rows.length).toBe(lines.length);
    for (const row of rows)
      expect(row.querySelector('[data-ratio="propagator"]')?.textContent, row.textContent ?? '').toMatch(/ at \|q\| = [\d.]+ MeV|^static bound/);
    // The description carries the caveat too (the browser rewrites it with the same builder).
    expect(widget?.querySelector('[data-description]')?.textContent).toContain('√(1 + m_Z′²/|q|²)');
  });

  it('has labelled controls, a legend and a data table for readers without the chart', () => {
    for (const control of widget?.querySelectorAll('input, select') ?? []) {
      const id = control.getAttribute('id');
      const labelled = (id && doc.querySelector(`label[for="${id}"]`)) || control.closest('label');
      expect(labelled, control.outerHTML.slice(0, 80)).toBeTruthy();
    }
    expect(widget?.querySelectorAll('[data-legend] li').length).toBeGreaterThan(4);
    expect(widget?.querySelectorAll('[data-band-table] tbody tr').length).toBe(15);
    expect(widget?.querySelector('details summary')?.textContent).toBe('Show data');
  });

  it('loads at most 10 KB (gzip) of JavaScript before the reader interacts', () => {
    const bytes = firstLoadBytes(html);
    expect(bytes).toBeGreaterThan(2000); // the controller and its shared helpers were found and counted
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
  });

  it('loads at most 100 KB (gzip) of JavaScript by the end of the first interaction, Plot included, and none of src/data', () => {
    const files = loadedFiles(html, 'gm2-live');
    const code = files.map((f) => readFileSync(join(DIST, f), 'utf8'));
    expect(code.some((c) => c.includes('plot-d6a7b5'))).toBe(true); // Plot's chunk was found and counted
    const bytes = code.reduce((sum, c) => sum + gzipSync(c).length, 0);
    console.log(`/muon-g-2/ JS after the first interaction: ${files.length} files, ${(bytes / 1024).toFixed(1)} KB gzip`);
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
    // The data come embedded in the page (data-figure), not as the data files, their schemas and checker.
    expect(files.filter((_, i) => /schema-check\.ts|millicharge-limits\.schema\.json|"\$schema"/.test(code[i]))).toEqual([]);
  });

  it('embeds the data the browser draws: every value set, limit and Hubble region of src/data', () => {
    const embedded = JSON.parse(widget?.getAttribute('data-figure') ?? '{}') as {
      sets: { id: string; value: number }[];
      limits: { id: string }[];
      hubble: { id: string }[];
    };
    expect(embedded.sets.map((s) => s.id)).toEqual(gMinus2.sets.map((s) => s.id));
    expect(embedded.limits.map((l) => l.id)).toEqual(millichargeLimits.limits.map((l) => l.id));
    expect(embedded.hubble.map((r) => r.id)).toEqual(hubbleRegions.regions.map((r) => r.id));
    expect(embedded.sets.find((s) => s.id === '2023-paper')?.value).toBe(deltaAmuOf('2023-paper').value);
  });

  it('marks the disputed beam dump in its bound table and cites limits from works the paper does not cite', () => {
    const rows = [...(widget?.querySelectorAll('[data-bound-table] tbody tr') ?? [])];
    const beamDump = rows.find((tr) => tr.querySelector('td')?.textContent?.startsWith('Beam dump'));
    expect(beamDump?.classList.contains('gm2-disputed')).toBe(true);
    expect(beamDump?.textContent).toContain('as quoted by the paper, disputed');
    const cite = JSON.parse(widget?.getAttribute('data-bibtex') ?? '{}') as Record<string, string>;
    for (const l of millichargeLimits.limits.filter((x) => x.reference.extraRef)) {
      // The BibTeX of its extra reference, with the arXiv id the data file gives.
      const [entry] = parseBibtex(cite[`limit:${l.id}`] ?? '');
      expect(entry?.fields.eprint, l.id).toBe(l.reference.arxiv);
      expect(entry?.key, l.id).toContain(l.reference.extraRef!.replace(/^extra-/, ''));
    }
  });
});

describe('the ε calculator on /kinetic-mixing/', () => {
  const { html, doc } = page('kinetic-mixing/');
  const widget = doc.querySelector('epsilon-calculator');

  it('holds the build-time chart of ε(q²)/ε(0) with its marker', () => {
    const svg = widget?.querySelector('[data-chart] svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toMatch(/ε\(q²\)\/ε\(0\)/);
    expect(svg?.querySelectorAll('.eps-marker').length).toBe(1);
  });

  it('prints eq. (5) at g = 5 × 10⁻⁴ as −g e ln(m_τ²/m_μ²)/12π² = −7.22 × 10⁻⁶', () => {
    const dd = [...(widget?.querySelectorAll('[data-readout] dd') ?? [])].map((d) => d.textContent);
    expect(dd[0]).toBe('−7.22 × 10⁻⁶');
    expect(dd.every((t) => t && !/NaN|Infinity/.test(t))).toBe(true);
  });

  it('names the muon-pair threshold 4m_μ² next to the q² field', () => {
    expect(widget?.querySelector('#epsilon-calculator-q2-hint')?.textContent).toContain(String(Math.round(4 * MUON_MASS_MEV ** 2)));
  });

  it('loads at most 10 KB (gzip) of JavaScript before the reader interacts', () => {
    const bytes = firstLoadBytes(html);
    expect(bytes).toBeGreaterThan(2000); // the controller and its shared helpers were found and counted
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
  });
});
