/**
 * Where a momentum-dependent bound excludes a coupling band (src/physics/band-exclusion.ts),
 * against closed forms and an independent solution of g_max(8) √(1 + m²/|q|²) = g_lower(m) with the
 * closed form of eq. (6)'s loop function (tests/helpers/closed-forms.ts) and plain bisection.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import gm2Json from '../../src/data/g-minus-2.json';
import { bandExclusion, bandExit, constantBandExclusion, gm2BandEdges } from '../../src/physics/band-exclusion';
import { couplingBandForDeltaAmu } from '../../src/physics/g-minus-2';
import { loopFunctionClosedForm } from '../helpers/closed-forms';
import { expectClose } from '../helpers/expect-close';

const M_MU = 105.6583755; // PDG 2024
/** |q_ν|/g² at q² = 0, eqs. (5), (8): ln(m_τ²/m_μ²)/12π² with PDG 2024 masses. */
const K = (2 * Math.log(1776.93 / M_MU)) / (12 * Math.PI ** 2);
/** The paper's Δa_μ = (245 ± 48) × 10⁻¹¹ (arXiv:2308.05720, value set '2023-paper'). */
const paper = gm2Json.sets.find((s) => s.id === '2023-paper')!.statedDifference!;
const measurement = { value: paper.value * 1e-11, sigma: paper.sigma * 1e-11 };
const lowEdge = measurement.value - measurement.sigma;
const edges = gm2BandEdges(measurement, 1);

/** Lower edge of the 1σ band from eq. (6) in closed form: Δa = g² F(m/m_μ)/4π². */
const lowerClosedForm = (m: number) => Math.sqrt((4 * Math.PI ** 2 * lowEdge) / loopFunctionClosedForm(m / M_MU));

/** Bisection in ln m for a sign change of f between a and b (MeV), to 1e-13 in ln m. */
function bisectLogMass(f: (m: number) => number, a: number, b: number): number {
  let [lo, hi] = [Math.log(a), Math.log(b)];
  const below = f(a) <= 0;
  while (hi - lo > 1e-13) {
    const mid = 0.5 * (lo + hi);
    if (f(Math.exp(mid)) <= 0 === below) lo = mid;
    else hi = mid;
  }
  return Math.exp(0.5 * (lo + hi));
}

/** The mass where g8 √(1 + m²/Q²) meets the closed-form lower edge, between a and b. */
const crossing = (g8: number, q: number, a: number, b: number) => bisectLogMass((m) => g8 * Math.hypot(1, m / q) - lowerClosedForm(m), a, b);

describe('gm2BandEdges(measurement, nSigma)', () => {
  test.each([1e-3, 1, 10, 20, 100, 1e3])('at m_Z′ = %d MeV gives couplingBandForDeltaAmu’s lower and upper edges', (m) => {
    const band = couplingBandForDeltaAmu(measurement, 1, m);
    expectClose(edges(m).lower, band.lower, { rel: 1e-13 });
    expectClose(edges(m).upper, band.upper, { rel: 1e-13 });
  });

  test('agrees with the closed form of eq. (6) for the lower edge at m_Z′ = 10 MeV', () => {
    expectClose(edges(10).lower, lowerClosedForm(10), { rel: 1e-10 });
  });

  test('has a lower edge of 0 for a set that only caps g (value − nσ ≤ 0)', () => {
    const ceiling = gm2BandEdges({ value: 3.85e-10, sigma: 6.37e-10 }, 1)(10);
    expect(ceiling.lower).toBe(0);
    expect(ceiling.upper).toBeGreaterThan(0);
  });

  test('rejects invalid measurements and masses', () => {
    expect(() => gm2BandEdges({ value: Number.NaN, sigma: 1 }, 1)).toThrow(/^measurement\.value must be a finite anomaly Δa_μ, got NaN$/);
    expect(() => gm2BandEdges(measurement, -1)).toThrow(/^nSigma must be/);
    expect(() => edges(0)).toThrow(/^mZprime must be a positive finite mass in MeV, got 0$/);
  });
});

describe('bandExclusion(staticBound, |q|, edges, masses)', () => {
  test('for m_μ ≫ m ≫ |q|, excludes the whole band up to m* ≈ |q| √(8π²Δa)/g⁽⁸⁾, the flat band over the bound’s m/|q| growth', () => {
    // g⁽⁸⁾ = 10⁻⁶ at |q| = 10⁻⁴ MeV: m₀ = |q| √(8π²(Δa − σ))/g⁽⁸⁾ = 0.0394 MeV, so s = m₀/m_μ = 3.7 × 10⁻⁴
    // and m₀/|q| = 394. Corrections, from F(s) = ½ − πs/2 + O(s² ln s) (eq. (6)) and
    // √(1 + m²/q²) = (m/q)(1 + q²/2m² + …): m*/m₀ = 1 + πs/2 − q²/(2m₀²) + O(s² ln s)
    // = 1 + 5.9 × 10⁻⁴ − 3.2 × 10⁻⁶, with the omitted terms below 2 × 10⁻⁶.
    const [g8, q] = [1e-6, 1e-4];
    const m0 = (q * Math.sqrt(8 * Math.PI ** 2 * lowEdge)) / g8;
    const exit = bandExit(g8, q, edges, { min: 1e-6, max: 1 });
    expect(exit.kind).toBe('up-to');
    const mStar = (exit as { mass: number }).mass;
    expectClose(mStar, m0, { rel: 1e-3 });
    const s = m0 / M_MU;
    expectClose(mStar / m0 - 1, (Math.PI * s) / 2 - (q * q) / (2 * m0 * m0), { rel: 0, abs: 2e-6 });
  });

  test.each([
    ['smallest', 0.03],
    ['largest', 0.18],
  ])('LZ ν_τ (|q_ν| ≤ 2.8 × 10⁻¹³ e) at its %s |q| = %d MeV stops excluding the whole 1σ band where the closed-form crossing lies', (_, q) => {
    const g8 = Math.sqrt(2.8e-13 / K);
    const exit = bandExit(g8, q, edges, { min: 1e-3, max: 1e4 });
    expect(exit.kind).toBe('up-to');
    expectClose((exit as { mass: number }).mass, crossing(g8, q, 1e-3, 1e3), { rel: 1e-8 });
  });

  test('finds an excluded island that starts above the lowest mass: FLArE ν_μ (10⁻⁸ e) at |q| = 100 MeV', () => {
    // g⁽⁸⁾ = 4.58 × 10⁻⁴ lies above the band's flat lower edge (3.94 × 10⁻⁴), but the band rises
    // with m faster than √(1 + m²/q²) until m ~ q, so the whole band is excluded from ≈ 13 MeV.
    const g8 = Math.sqrt(1e-8 / K);
    const { whole } = bandExclusion(g8, 100, edges, { min: 1e-3, max: 1e3 });
    expect(whole).toHaveLength(1);
    expectClose(whole[0]!.from, crossing(g8, 100, 1, 50), { rel: 1e-8 });
    expect(whole[0]!.to).toBe(1e3);
    expect(bandExit(g8, 100, edges, { min: 1e-3, max: 1e3 })).toEqual({ kind: 'not-at-lowest-mass' });
  });

  test('says whole-range when the bound stays below the band up to the top mass, and not-at-lowest-mass when it starts above it', () => {
    expect(bandExit(1e-12, 0.18, edges, { min: 1e-3, max: 1e4 })).toEqual({ kind: 'whole-range' });
    expect(bandExit(Math.sqrt(7.5e-8 / K), 10, edges, { min: 1e-3, max: 1e4 })).toEqual({ kind: 'not-at-lowest-mass' });
  });

  test('at q² = 0 (momentumTransfer null) compares the same g⁽⁸⁾ at every mass: the band rises, so a bound inside it excludes it from some mass up', () => {
    const g = edges(15).lower;
    const { whole, some } = bandExclusion(g, null, edges, { min: 10, max: 20 });
    expect(whole).toHaveLength(1);
    expectClose(whole[0]!.from, 15, { rel: 1e-8 });
    expect(whole[0]!.to).toBe(20);
    expect(some).toEqual([{ from: 10, to: 20 }]);
  });

  test('`some` contains `whole`, and a bound above the band at every mass excludes none of it', () => {
    const { whole, some } = bandExclusion(Math.sqrt(2.8e-13 / K), 0.18, edges, { min: 1, max: 100 });
    expect(some[0]!.from).toBe(1);
    expect(some[0]!.to).toBeGreaterThan(whole[0]!.to);
    expect(bandExclusion(1, 0.18, edges, { min: 1, max: 100 })).toEqual({ whole: [], some: [] });
  });

  test('never excludes a band whose lower edge is 0 as a whole', () => {
    const ceiling = gm2BandEdges({ value: 3.85e-10, sigma: 6.37e-10 }, 1);
    expect(bandExclusion(1e-9, 0.18, ceiling, { min: 1, max: 100 }).whole).toEqual([]);
  });

  test('rejects invalid inputs with the parameter’s name', () => {
    const masses = { min: 10, max: 20 };
    expect(() => bandExclusion(-1, 0.1, edges, masses)).toThrow(/^staticBound must be/);
    expect(() => bandExclusion(1e-6, 0, edges, masses)).toThrow(/^momentumTransfer must be a positive finite momentum in MeV, or null for q² = 0, got 0$/);
    expect(() => bandExclusion(1e-6, 0.1, null as never, masses)).toThrow(/^edges must be a function of the mass, got object$/);
    expect(() => bandExclusion(1e-6, 0.1, edges, { min: 20, max: 10 })).toThrow(/^masses\.max must be a mass in MeV ≥ masses\.min = 20, got 10$/);
    expect(() => bandExclusion(1e-6, 0.1, edges, { min: 0, max: 10 })).toThrow(/^masses\.min must be a positive finite mass in MeV, got 0$/);
    expect(() => bandExclusion(1e-6, 0.1, () => ({ lower: -1, upper: 1 }), masses)).toThrow(/^edges\(10\)\.lower must be a finite coupling ≥ 0, got -1$/);
  });
});

describe('constantBandExclusion(staticBound, |q|, band, masses)', () => {
  test('ends where g⁽⁸⁾ √(1 + m²/|q|²) reaches each edge: m = |q| √((edge/g⁽⁸⁾)² − 1)', () => {
    // g⁽⁸⁾ = 2.4 × 10⁻⁶, |q| = 0.1 MeV, the thermal Hubble region g = (3–8) × 10⁻⁴ over 10–20 MeV:
    // the lower edge is reached at 0.1 √(125² − 1) = 12.49960 MeV, the upper at 33.3 MeV > 20 MeV.
    const { whole, some } = constantBandExclusion(2.4e-6, 0.1, { lower: 3e-4, upper: 8e-4 }, { min: 10, max: 20 });
    expect(whole).toHaveLength(1);
    expect(whole[0]!.from).toBe(10);
    expectClose(whole[0]!.to, 0.1 * Math.sqrt(125 ** 2 - 1), { rel: 1e-14 });
    expect(some).toEqual([{ from: 10, to: 20 }]);
  });

  test('at q² = 0 is all or nothing: the bound is the same at every mass', () => {
    const masses = { min: 1e-6, max: 1 };
    const all = { from: 1e-6, to: 1 };
    expect(constantBandExclusion(1.45e-10, null, { lower: 1e-13, upper: 1e-9 }, masses)).toEqual({ whole: [], some: [all] });
    expect(constantBandExclusion(1e-14, null, { lower: 1e-13, upper: 1e-9 }, masses)).toEqual({ whole: [all], some: [all] });
    expect(constantBandExclusion(1e-8, null, { lower: 1e-13, upper: 1e-9 }, masses)).toEqual({ whole: [], some: [] });
  });

  test('agrees with the sampled bandExclusion on a constant band (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -12, max: -3, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (logBound, logQ, logWidth) => {
          const [g8, q] = [10 ** logBound, 10 ** logQ];
          const band = { lower: 1e-4, upper: 1e-4 * 10 ** logWidth };
          const masses = { min: 1e-3, max: 1e3 };
          const closed = constantBandExclusion(g8, q, band, masses);
          const sampled = bandExclusion(g8, q, () => band, masses);
          const same = (a: typeof closed.whole, b: typeof closed.whole) =>
            a.length === b.length && a.every((x, i) => Math.abs(x.from / b[i]!.from - 1) < 1e-8 && Math.abs(x.to / b[i]!.to - 1) < 1e-8);
          return same(closed.whole, sampled.whole) && same(closed.some, sampled.some);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('rejects a band with upper below lower, and invalid masses', () => {
    expect(() => constantBandExclusion(1e-6, 0.1, { lower: 2, upper: 1 }, { min: 1, max: 2 })).toThrow(
      /^band\.upper must be a finite coupling ≥ lower = 2, got 1$/,
    );
    expect(() => constantBandExclusion(1e-6, 0.1, { lower: 1, upper: 2 }, null as never)).toThrow(/^masses must be an object, got null$/);
  });
});
