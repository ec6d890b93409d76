// The g−2 explorer's descriptor: what it adds to the spec, table and readout modules it wires up —
// the chart size, the hypothetical limits read from the URL, the data object per limit list, the
// "Show data" masses in one form, and the BibTeX keys of what is shown.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { gm2Figure } from '../../../src/figures/gm2/descriptor';
import { gm2DataFromFiles } from '../../../src/figures/gm2/data.server';
import { readGm2State, sameGm2View, type Gm2FigureState } from '../../../src/figures/gm2/state';
import { renderFigure } from '../../../src/figures/shared/render.server';
import { millichargeLimits } from '../../../src/data/index';

const data = gm2DataFromFiles();
const schema = gm2Figure.schema(data);
const read = (query: string) => readGm2State(schema, query);
const cells = (html: string, selector: string) =>
  [...parseHTML(`<html><body>${html}</body></html>`).document.querySelectorAll(selector)].map((node) => node.textContent);

describe('gm2Figure.size(width)', () => {
  it.each([
    // Wide columns: the build-time 760 × 480; phones: at least 260 px wide and nearly square (0.9 × width).
    [Infinity, 760, 480],
    [1200, 760, 480],
    [600, 600, 480],
    [300, 300, 270],
    [100, 260, 234],
  ])('gives %s px → %i × %i', (width, w, h) => {
    expect(gm2Figure.size(width)).toEqual({ width: w, height: h });
  });
});

describe('readGm2State(schema, search)', () => {
  it('reads the choices and the hypothetical limits of the whatif parameter', () => {
    const { state, notices } = read('?m=20&flavor=mu&whatif=Mine~mu~-1e-14~2e-14~0.9~projection');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ m: 20, flavor: 'mu', set: data.defaultSetId, sigma: 1, treatment: 'symmetric' });
    expect(state.whatif).toEqual([{ id: 'whatif-1', name: 'Mine', flavor: 'mu', lower: -1e-14, upper: 2e-14, cl: 0.9, kind: 'projection' }]);
  });

  it('drops a hostile item with a notice and keeps the rest, as it does a hostile choice', () => {
    const { state, notices } = read('?sigma=7&whatif=%3Cb%3Ex%3C%2Fb%3E~tau~-1e-14~1e-14~0.9~observed,Ok~tau~-1e-15~1e-15~~astro');
    expect(state.sigma).toBe(1);
    expect(state.whatif?.map((l) => l.name)).toEqual(['Ok']);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^Ignored sigma=/);
    expect(notices[1]).toMatch(/^Ignored whatif item 1/);
  });
});

describe('sameGm2View(schema, a, b)', () => {
  it('tells states apart by their hypothetical limits too', () => {
    const plain = read('?m=20').state;
    const withLimit = read('?m=20&whatif=Mine~tau~-1e-14~1e-14~0.9~projection').state;
    expect(sameGm2View(schema, plain, read('m=20').state)).toBe(true);
    expect(sameGm2View(schema, plain, { ...plain, whatif: undefined } as Gm2FigureState)).toBe(true);
    expect(sameGm2View(schema, plain, withLimit)).toBe(false);
  });
});

describe('gm2Figure.view(state, data)', () => {
  it('keeps the page data without hypothetical limits, and one data object per limit list (so the kept layer drawings hold)', () => {
    const { state } = read('?whatif=Mine~tau~-1e-14~1e-14~0.9~projection');
    expect(gm2Figure.view(read('').state, data).data).toBe(data);
    const first = gm2Figure.view(state, data).data;
    expect(gm2Figure.view({ ...state, m: 3 }, data).data).toBe(first);
    expect(first.limits).toHaveLength(data.limits.length + 1);
    expect(first.limits.at(-1)).toMatchObject({ id: 'whatif-1', label: 'Mine', kind: 'hypothetical' });
  });
});

describe('the "Show data" tables', () => {
  it('give the masses 10^(−3 + k/2) MeV in one form (the same builder runs after a redraw)', () => {
    const { bands } = renderFigure(gm2Figure, data).fragments;
    // 10^-2.5 = 0.00316…, 10^0.5 = 3.162…, 10^3.5 = 3162.3: three significant figures, powers of ten outside [0.01, 10⁴).
    expect(cells(bands, 'tbody tr td:first-child')).toEqual([
      '10⁻³',
      '3.16 × 10⁻³',
      '0.01',
      '0.0316',
      '0.1',
      '0.316',
      '1',
      '3.16',
      '10',
      '31.6',
      '100',
      '316',
      '1000',
      '3160',
      '10⁴',
    ]);
  });

  it('list one bound row per shown limit, a hypothetical one included', () => {
    const tau = millichargeLimits.limits.filter((l) => l.flavors.includes('tau')).length;
    const rows = (query: string) => cells(renderFigure(gm2Figure, data, read(query).state).fragments.bounds, 'tbody tr').length;
    expect(rows('')).toBe(tau);
    expect(rows('whatif=Mine~tau~-1e-14~1e-14~0.9~projection')).toBe(tau + 1);
    expect(rows('whatif=Mine~mu~-1e-14~1e-14~0.9~projection')).toBe(tau);
  });
});

describe('gm2Figure.cite(view)', () => {
  it('names the paper, eq. (6), the value set, the limits of the flavour shown and every Hubble region', () => {
    const keys = gm2Figure.cite(gm2Figure.view(read('?flavor=mu&set=2021').state, data));
    expect(keys.slice(0, 3)).toEqual(['paper', 'eq6', 'set:2021']);
    const mu = millichargeLimits.limits.filter((l) => l.flavors.includes('mu')).map((l) => `limit:${l.id}`);
    expect(keys.filter((k) => k.startsWith('limit:')).sort()).toEqual(mu.sort());
    expect(keys.filter((k) => k.startsWith('hubble:'))).toEqual(data.hubble.map((r) => `hubble:${r.id}`));
  });
});
