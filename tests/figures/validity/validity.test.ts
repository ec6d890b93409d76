import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import type * as Plot from '@observablehq/plot';
import {
  bandVerdict,
  boundCurve,
  massGrid,
  massTicks,
  regimeSentence,
  tableMasses,
  validityChartLabel,
  validityData,
  validityOutputs,
  validityReadout,
  validityRows,
  validitySpec,
  VALIDITY_COLUMNS,
} from '../../../src/figures/validity/data.server';
import {
  validitySchema,
  VALIDITY_DEFAULT_EXPERIMENT,
  VALIDITY_DEFAULT_MASS_MEV,
  VALIDITY_MASS_MAX_MEV,
  VALIDITY_MASS_MIN_MEV,
  type ValidityState,
} from '../../../src/figures/validity/state';
import { defaultState, parseState, serializeState } from '../../../src/figures/shared/url-state';
import { renderPlotSvg } from '../../../src/figures/shared/plot.server';
import { formatPowerOfTen } from '../../../src/figures/shared/format';
import { MUON_MASS_MEV, TAU_MASS_MEV } from '../../../src/physics/index';
import { expectClose } from '../../helpers/expect-close';

const data = validityData();
const ids = data.experiments.map((e) => e.id);
const setIds = data.sets.map((s) => s.id);
const schema = validitySchema(ids, setIds, data.defaultSetId);
const base: ValidityState = defaultState(schema);

/**
 * Eq. (8) at q² = 0 solved for g, written out independently of src/physics:
 * |q_ν|/e = ε g/e = (g²/12π²) ln(m_τ²/m_μ²) with ε = −(g e/12π²) ln(m_τ²/m_μ²),
 * so g_max = √(12π² q_max / ln(m_τ²/m_μ²)); e cancels.
 */
function constantChargeBound(qMax: number): number {
  return Math.sqrt((12 * Math.PI ** 2 * qMax) / Math.log(TAU_MASS_MEV ** 2 / MUON_MASS_MEV ** 2));
}

describe('validityData()', () => {
  it('offers every limit with a momentum-transfer range and leaves out the beam-dump entry, which has none', () => {
    expect(ids).toContain('lz-tau');
    expect(ids).toContain('coherent-2021-mu');
    expect(ids).not.toContain('beam-dump-tau');
    for (const e of data.experiments) expect(e.qMinMeV).toBeLessThan(e.qMaxMeV);
  });

  it('takes the paper’s value set as the default (g−2) set', () => {
    expect(data.defaultSetId).toBe('2023-paper');
    expect(base.set).toBe('2023-paper');
    expect(base.exp).toBe(VALIDITY_DEFAULT_EXPERIMENT);
    expect(base.m).toBe(VALIDITY_DEFAULT_MASS_MEV);
  });
});

describe('validityOutputs(state, data)', () => {
  it('gives the paper’s constant LZ bound, ≈ 2.4 × 10⁻⁶ (Sec. III), from |q_ντ| ≤ 2.8 × 10⁻¹³ e', () => {
    const out = validityOutputs({ ...base, exp: 'lz-tau' }, data);
    expectClose(out.constantBound, constantChargeBound(2.8e-13), { rel: 1e-9 });
    expect(out.constantBound).toBeGreaterThan(2.35e-6);
    expect(out.constantBound).toBeLessThan(2.45e-6);
  });

  it('the suppression factor tends to 1 for m_Z′ → 0 (the massless limit of eq. 8)', () => {
    const out = validityOutputs({ ...base, m: VALIDITY_MASS_MIN_MEV }, data);
    // (10⁻⁶ / 0.03)² ≈ 1.1 × 10⁻⁹: the factor differs from 1 by that much.
    expectClose(out.factorAtQMin, 1, { rel: 2e-9 });
    expectClose(out.factorAtQMax, 1, { rel: 1e-10 });
    expectClose(out.boundAtQMax, out.constantBound, { rel: 1e-10 });
    expect(out.regime).toBe('charge');
  });

  it('the suppression factor tends to −q²/m_Z′² = |q|²/m_Z′² for m_Z′² ≫ |q²|', () => {
    const m = 1e3;
    const out = validityOutputs({ ...base, exp: 'lz-tau', m }, data);
    const e = out.experiment;
    // Leading term |q|²/m² with relative correction of order |q|²/m² = (0.38/1000)² ≈ 1.4 × 10⁻⁷.
    expectClose(out.factorAtQMax, e.qMaxMeV ** 2 / m ** 2, { rel: 2e-7 });
    expectClose(out.factorAtQMin, e.qMinMeV ** 2 / m ** 2, { rel: 1e-8 });
    expect(out.regime).toBe('suppressed');
  });

  it('weakens the bound to g_max √(1 + m_Z′²/|q|²) at both ends of the |q| range', () => {
    const out = validityOutputs({ ...base, exp: 'lz-tau', m: 20 }, data);
    const g0 = constantChargeBound(2.8e-13);
    // |q| = 0.38 MeV (largest; √(2 m_e · 140 keV)) and 0.03 MeV (smallest), momentum-transfer.json.
    expectClose(out.boundAtQMax, g0 * Math.sqrt(1 + (20 / 0.38) ** 2), { rel: 1e-9 });
    expectClose(out.boundAtQMin, g0 * Math.sqrt(1 + (20 / 0.03) ** 2), { rel: 1e-9 });
  });

  it('uses the upper end of the COHERENT interval when treatment is signed (ν_μ is positive), the same end as symmetric', () => {
    const signed = validityOutputs({ ...base, exp: 'coherent-2021-mu', treatment: 'signed', m: 1e-6 }, data);
    const symmetric = validityOutputs({ ...base, exp: 'coherent-2021-mu', treatment: 'symmetric', m: 1e-6 }, data);
    expectClose(signed.constantBound, constantChargeBound(0.75e-7), { rel: 1e-9 });
    expectClose(symmetric.constantBound, constantChargeBound(0.75e-7), { rel: 1e-9 });
  });

  it('puts a mass comparable to |q| in the transition regime', () => {
    expect(validityOutputs({ ...base, exp: 'lz-tau', m: 0.1 }, data).regime).toBe('transition');
  });

  it('the (g−2) band at 20 MeV is the light-Z′ closed form corrected by eq. (6), i.e. above g = √(8π² Δa_μ)', () => {
    const out = validityOutputs({ ...base, m: 20 }, data);
    // For m_Z′ → 0 eq. (6) gives Δa_μ = g²/8π²; a heavier Z′ needs a larger g.
    const lightLimit = Math.sqrt(8 * Math.PI ** 2 * 245e-11);
    expect(out.band.central).toBeGreaterThan(lightLimit);
    expect(out.band.central).toBeLessThan(1.5 * lightLimit);
    expect(out.band.lower).toBeLessThan(out.band.central);
    expect(out.band.upper).toBeGreaterThan(out.band.central);
  });
});

describe('boundCurve(state, data)', () => {
  it('grows like m_Z′ for m_Z′ ≫ |q| (slope 1 on log–log axes)', () => {
    const curve = boundCurve({ ...base, exp: 'lz-tau' }, data);
    const heavy = curve.filter((p) => p.m >= 100);
    const first = heavy[0];
    const last = heavy[heavy.length - 1];
    const slope = Math.log(last.best / first.best) / Math.log(last.m / first.m);
    expectClose(slope, 1, { rel: 1e-4 });
    const slopeWorst = Math.log(last.worst / first.worst) / Math.log(last.m / first.m);
    expectClose(slopeWorst, 1, { rel: 1e-5 });
  });

  it('is flat (equal to the constant bound) for m_Z′ ≪ |q|', () => {
    const out = validityOutputs({ ...base, exp: 'coherent-2021-mu' }, data);
    const curve = boundCurve({ ...base, exp: 'coherent-2021-mu' }, data);
    for (const p of curve.filter((p) => p.m <= 1e-3)) expectClose(p.best, out.constantBound, { rel: 1e-8 });
  });

  it('never lets the smallest-|q| edge fall below the largest-|q| edge', () => {
    for (const id of ids) for (const p of boundCurve({ ...base, exp: id }, data, 4)) expect(p.worst).toBeGreaterThanOrEqual(p.best);
  });
});

describe('massGrid(perDecade)', () => {
  it('runs from 10⁻⁶ to 10³ MeV with perDecade points per decade', () => {
    const grid = massGrid(2);
    expect(grid).toHaveLength(19);
    expectClose(grid[0], 1e-6, { rel: 1e-12 });
    expectClose(grid[grid.length - 1], 1e3, { rel: 1e-12 });
  });
});

describe('validitySchema: URL state', () => {
  it('round-trips any valid state through serializeState and parseState', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.double({ min: VALIDITY_MASS_MIN_MEV, max: VALIDITY_MASS_MAX_MEV, noNaN: true }),
        fc.constantFrom('signed' as const, 'symmetric' as const),
        fc.constantFrom(...setIds),
        (exp, m, treatment, set) => {
          const state = { exp, m, treatment, set };
          const { state: back, notices } = parseState(schema, serializeState(schema, state));
          expect(notices).toEqual([]);
          expect(back).toEqual(state);
        },
      ),
    );
  });

  it('writes nothing for the default state and readable names otherwise', () => {
    expect(serializeState(schema, base)).toBe('');
    expect(serializeState(schema, { ...base, exp: 'coherent-2021-mu', m: 5 })).toBe('exp=coherent-2021-mu&m=5');
  });

  it.each([
    ['m=', 'm'],
    ['m=abc', 'm'],
    ['m=-5', 'm'],
    ['m=0', 'm'],
    ['m=NaN', 'm'],
    ['m=1e400', 'm'],
    ['m=5000', 'm'],
    ['exp=beam-dump-tau', 'exp'],
    ['exp=%3Cscript%3E', 'exp'],
    ['treatment=both', 'treatment'],
    ['set=1999', 'set'],
  ])('rejects ?%s with a notice naming %s and keeps the default', (query, name) => {
    const { state, notices } = parseState(schema, `?${query}`);
    expect(state).toEqual(base);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`Ignored ${name}=`);
  });
});

describe('validitySpec(state, data)', () => {
  const spec = validitySpec(base, data) as Plot.PlotOptions & { marks: unknown[] };

  /** Texts of the rendered chart's <text> elements, in document order. */
  const texts = (svg: string) => [...parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelectorAll('text')].map((t) => t.textContent);

  it('sets width, height and log axes over 10⁻⁶–10³ MeV', () => {
    expect(spec.width).toBe(640);
    expect(spec.height).toBe(400);
    expect(spec.x?.type).toBe('log');
    expect(spec.x?.domain).toEqual([1e-6, 1e3]);
    expect(spec.y?.type).toBe('log');
  });

  it('spans the constant bound and labels the mass axis at every decade as powers of ten', () => {
    const [lo, hi] = spec.y?.domain as [number, number];
    const out = validityOutputs(base, data);
    expect(lo).toBeLessThan(out.constantBound);
    expect(hi).toBeGreaterThan(out.band.upper);
    const decadeLabels = ['10⁻⁶', '10⁻⁵', '10⁻⁴', '10⁻³', '10⁻²', '10⁻¹', '10⁰', '10¹', '10²', '10³'];
    expect(massTicks(640).map(formatPowerOfTen)).toEqual(decadeLabels);
    const drawn = texts(renderPlotSvg(spec, { ariaLabel: 'chart' }));
    expect(drawn).toEqual(expect.arrayContaining([...decadeLabels, 'Z′ mass (MeV) →']));
  });

  it('labels every third decade on a narrow chart', () => {
    expect(massTicks(340)).toEqual([1e-6, 1e-3, 1, 1e3]);
    const narrow = validitySpec(base, data, { width: 340, height: 300 });
    const drawn = texts(renderPlotSvg(narrow, { ariaLabel: 'chart' }));
    // The coupling axis ends at or below 10⁰, so 10¹–10³ can only be mass labels.
    expect((narrow.y?.domain as number[])[1]).toBeLessThanOrEqual(1);
    expect(drawn).toContain('10³');
    expect(drawn).not.toContain('10²');
    expect(drawn).not.toContain('10¹');
  });

  it('hides every data mark from assistive technology (the SVG carries one label; axes are as Plot draws them)', () => {
    const marks = (spec.marks as unknown[]).flat(Infinity) as { ariaHidden?: string; ariaLabel?: string }[];
    const axes = marks.filter((m) => /^[xy]-(axis|grid)/.test(m.ariaLabel ?? ''));
    expect(axes.length).toBeGreaterThanOrEqual(4);
    const dataMarks = marks.filter((m) => !axes.includes(m));
    expect(dataMarks.length).toBeGreaterThanOrEqual(7);
    for (const mark of dataMarks) expect(mark.ariaHidden).toBe('true');
  });

  it('renders at build time to an SVG with role="img", an aria-label and no NaN', () => {
    const svg = renderPlotSvg(validitySpec(base, data), { ariaLabel: validityChartLabel(base, data) });
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    const root = document.querySelector('svg');
    expect(root?.getAttribute('role')).toBe('img');
    expect(root?.getAttribute('aria-label')).toContain('LUX-ZEPLIN');
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('draws a ceiling line instead of a band for the 2025 value set (Δa_μ − 1σ < 0)', () => {
    const out = validityOutputs({ ...base, set: '2025' }, data);
    expect(out.band.isCeiling).toBe(true);
    expect(bandVerdict(out, base.m)).toMatch(/only caps/);
  });
});

describe('readout, table and sentences', () => {
  it('tabulates every decade of the chart plus the chosen mass', () => {
    expect(tableMasses({ ...base, m: 20 })).toHaveLength(11);
    expect(tableMasses({ ...base, m: 10 })).toHaveLength(10);
    const rows = validityRows(base, data);
    for (const row of rows)
      for (const column of VALIDITY_COLUMNS) {
        const value = row[column.key];
        if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
      }
  });

  it('states the weakening factor 1/√factor in the regime sentence', () => {
    const text = regimeSentence({ ...base, exp: 'lz-tau', m: 20 }, data);
    // √(1 + (20/0.38)²) = 52.64…, printed to 2 figures
    expect(text).toContain('factor 53');
    expect(regimeSentence({ ...base, m: 1e-6 }, data)).toMatch(/applies as it stands/);
  });

  it('prints the |q| range as the data file writes it', () => {
    const q = validityReadout({ ...base, exp: 'lz-tau' }, data).find((l) => l.key === 'q');
    expect(q?.value).toBe('|q| ≈ 0.03 – 0.38 MeV');
  });
});

describe('bandVerdict on a disputed limit', () => {
  it('says the limit is disputed before any verdict, so it never reads as a plain exclusion', () => {
    const data = validityData();
    const gemma = data.experiments.find((e) => e.id === 'gemma');
    expect(gemma?.disputed, 'GEMMA is disputed in the data (flavour-blind reading)').toBeTruthy();
    // At 1 keV every reading of GEMMA's bound lies far below the band: without the hedge this would say "excluded".
    const out = validityOutputs({ exp: 'gemma', m: 0.001, treatment: 'symmetric', set: data.defaultSetId }, data);
    expect(bandVerdict(out, 0.001)).toMatch(/^This limit is disputed \(as quoted by the paper, disputed\); only if it held: .*excluded\.$/);
    const lz = validityOutputs({ exp: 'lz-tau', m: 0.001, treatment: 'symmetric', set: data.defaultSetId }, data);
    expect(bandVerdict(lz, 0.001)).toMatch(/^The \(g−2\) couplings at 10⁻³ MeV .*: excluded\.$/);
  });
});
