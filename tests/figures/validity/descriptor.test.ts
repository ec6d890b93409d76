// The validity explorer's descriptor: what it adds to the numbers of view.ts and export.ts — the
// fragments' markup (same words and data-* hooks as before the move), the bound's colour from the
// limit-style registry, downloads, citations and the chart's key.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderFigure, serverDocument } from '../../../src/figures/shared/render.server';
import { limitColorVar } from '../../../src/figures/shared/limit-style';
import { tableMasses, validityData, validityFigure, validityReadout } from '../../../src/figures/validity/data.server';
import type { ValidityState } from '../../../src/figures/validity/state';

const data = validityData();
const base: ValidityState = { exp: 'lz-tau', m: 20, treatment: 'symmetric', set: data.defaultSetId };
const view = (state: Partial<ValidityState> = {}) => validityFigure.view({ ...base, ...state }, data);
const fragment = (name: string, state: Partial<ValidityState> = {}) => validityFigure.fragments[name](serverDocument(), view(state));

describe('validityFigure.fragments', () => {
  it('readout: one <dd data-readout-key> per readout line, then how |q| was estimated, the regime and the verdict', () => {
    const node = fragment('readout');
    const keys = [...node.querySelectorAll('[data-readout-key]')].map((dd) => dd.getAttribute('data-readout-key'));
    expect(keys).toEqual(validityReadout(base, data).map((line) => line.key));
    // g_max(8) · √(1 + (20/0.38)²) = 2.4247 × 10⁻⁶ · 52.64 = 1.28 × 10⁻⁴ (LZ's |q_ντ| ≤ 2.8 × 10⁻¹³ e, |q| ≤ 0.38 MeV).
    expect(node.querySelector('[data-readout-key="best"]')?.textContent).toBe('g ≤ 1.28 × 10⁻⁴');
    const lz = data.experiments.find((e) => e.id === 'lz-tau')!;
    expect(node.querySelector('[data-justification]')?.textContent).toBe(`How |q| was estimated: ${lz.justification}`);
    // √(1 + (20/0.38)²) = 52.6 → "factor 53".
    expect(node.querySelector('[data-regime]')?.textContent).toContain('factor 53');
    expect(node.querySelector('[data-verdict]')?.textContent).toMatch(/\(g−2\) couplings at 20 MeV/);
  });

  it.each([
    ['lz-tau', 'lz'],
    ['coherent-2021-mu', 'coherent'],
    ['red-giant-plasmon', 'red-giant'],
  ])('swatch: the bound of %s in var(--limit-%s), the colour its line has in the chart', (exp, key) => {
    const swatch = fragment('swatch', { exp });
    expect([swatch.tagName.toLowerCase(), swatch.getAttribute('class'), swatch.getAttribute('style')]).toEqual([
      'span',
      'swatch line',
      `border-color:${limitColorVar(key)}`,
    ]);
    expect(renderFigure(validityFigure, data, `exp=${exp}`).svg).toContain(`stroke="${limitColorVar(key)}"`);
  });

  it('data: the caption names the experiment with m_Z′ as a subscript, and one row per tabulated mass', () => {
    const node = fragment('data', { exp: 'coherent-2021-mu', m: 0.37 });
    const label = data.experiments.find((e) => e.id === 'coherent-2021-mu')!.label;
    expect(node.querySelector('caption')?.innerHTML).toBe(`Bounds on g for ${label} at each decade of m<sub>Z′</sub> and at the chosen mass`);
    expect(node.querySelectorAll('tbody tr')).toHaveLength(tableMasses({ ...base, m: 0.37 }).length);
    expect(node.querySelectorAll('thead th')).toHaveLength(8);
    expect(node.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('builds text only: a label with markup characters stays text', () => {
    const hostile = { ...data, experiments: data.experiments.map((e) => (e.id === 'lz-tau' ? { ...e, label: '<img src=x onerror=alert(1)>' } : e)) };
    const node = validityFigure.fragments.data(serverDocument(), validityFigure.view(base, hostile));
    expect(node.querySelector('img')).toBeNull();
    expect(node.querySelector('caption')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('validityFigure', () => {
  it('renders the default state at build time: LZ at 20 MeV, symmetric, the paper’s value set', () => {
    const rendered = renderFigure(validityFigure, data);
    expect(rendered.state).toEqual(base);
    const { document } = parseHTML(`<!doctype html><html><body>${rendered.svg}</body></html>`);
    expect(document.querySelector('svg')?.getAttribute('aria-label')).toBe(rendered.description);
    expect(rendered.description).toContain('LUX-ZEPLIN');
  });

  it('names downloads after the state and cites the paper, the limit and the value set', () => {
    expect(validityFigure.download.fileStem(view({ exp: 'coherent-2021-mu', m: 0.37, treatment: 'signed' }))).toBe('validity-coherent-2021-mu-m0.37-signed');
    expect(validityFigure.cite(view({ set: '2025' }))).toEqual(['paper', 'exp:lz-tau', 'set:2025']);
    expect(validityFigure.download.rows(view())).toHaveLength(tableMasses(base).length);
  });

  it('keys the chart by every control, so any change redraws it and an unchanged state skips it', () => {
    const key = (state: Partial<ValidityState>) => validityFigure.chartKey!(view(state));
    const keys = [{}, { m: 21 }, { exp: 'gemma' }, { treatment: 'signed' as const }, { set: '2025' }].map(key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(key({ m: 21 })).toBe(key({ m: 21 }));
  });
});
