import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ELEMENTARY_CHARGE, MUON_MASS_MEV, TAU_MASS_MEV } from '../../src/physics/constants';
import { kineticMixing, kineticMixingRatio, MUON_PAIR_THRESHOLD_MEV2 } from '../../src/physics/kinetic-mixing';
import { kineticMixingRatioClosedForm } from '../helpers/closed-forms';
import { expectClose, relativeError } from '../helpers/expect-close';
import { reference } from '../helpers/reference';

const MU2 = MUON_MASS_MEV ** 2;
const TAU2 = TAU_MASS_MEV ** 2;
const LOG = Math.log(TAU2 / MU2);

describe('kineticMixing(g, q2) — eqs. (4)–(5)', () => {
  test('kineticMixing(g) at q² = 0 is eq. (5), −(g e/12π²) ln(m_τ²/m_μ²)', () => {
    for (const g of [1e-10, 1e-3, 0.5, 1]) {
      expectClose(kineticMixing(g), -((g * ELEMENTARY_CHARGE) / (12 * Math.PI ** 2)) * LOG, { rel: 1e-15 });
    }
  });

  test('kineticMixing(g) ≈ −g/69.3, the paper-style rule of thumb', () => {
    expect((-1 / kineticMixing(1)).toFixed(1)).toBe('69.3');
  });

  test('kineticMixing(0, q2) is exactly 0 for any valid q²', () => {
    for (const q2 of [0, -1e6, 1e4]) expect(kineticMixing(0, q2)).toBe(0);
  });

  test('kineticMixing is linear in g at every q² (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-8, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -1e10, max: 0.99 * MUON_PAIR_THRESHOLD_MEV2, noNaN: true }),
        (g, k, q2) => relativeError(kineticMixing(k * g, q2), k * kineticMixing(g, q2)) < 1e-14,
      ),
    );
  });
});

describe('kineticMixingRatio(q2) = ε(q²)/ε(0)', () => {
  test.each(reference.kineticMixingRatio)('matches mpmath (40 digits) at q² = $q2 MeV² to 1e-12', ({ q2, ratio }) => {
    expectClose(kineticMixingRatio(q2), ratio, { rel: 1e-12 });
  });

  test.each([-1e9, -1e7, -1e5, 0.1 * MUON_PAIR_THRESHOLD_MEV2, 0.5 * MUON_PAIR_THRESHOLD_MEV2, 0.99 * MUON_PAIR_THRESHOLD_MEV2])(
    'agrees with the closed form (log / arctan) at q² = %d MeV², where that form is well conditioned',
    (q2) => {
      expectClose(kineticMixingRatio(q2), kineticMixingRatioClosedForm(q2), { rel: 1e-10 });
    },
  );

  test('reduces to eq. (5) as q² → 0: slope (1/5L)(1/m_μ² − 1/m_τ²) from ∫x²(1−x)² = 1/30', () => {
    const slope = (1 / MU2 - 1 / TAU2) / (5 * LOG);
    for (const q2 of [-1e-2, 1e-2, -1e-3, 1e-3]) {
      expectClose((kineticMixingRatio(q2) - 1) / q2, slope, { rel: 1e-6 });
    }
    expect(kineticMixingRatio(0)).toBe(1);
  });

  test('is continuous where the small-|q²| series hands over to quadrature (|q²| = 1e-4 m_μ²)', () => {
    const edge = 1e-4 * MU2;
    for (const sign of [-1, 1]) {
      expectClose(kineticMixingRatio(sign * edge * (1 - 1e-12)), kineticMixingRatio(sign * edge * (1 + 1e-12)), { rel: 1e-15 });
    }
  });

  test('falls as 6(m_τ² − m_μ²)/(|q²| L) for spacelike |q²| ≫ m_τ² (next term ~ (m_τ²/|q²|) ln|q²|)', () => {
    for (const q2 of [-1e15, -1e20, -1e100, -1e300]) {
      expectClose(kineticMixingRatio(q2), (6 * (TAU2 - MU2)) / (-q2 * LOG), { rel: 1e-6 });
    }
  });

  test('stays finite and below the threshold value just under q² = 4m_μ² (integrable log singularity)', () => {
    const nearThreshold = kineticMixingRatio(MUON_PAIR_THRESHOLD_MEV2 * (1 - 1e-15));
    expect(Number.isFinite(nearThreshold)).toBe(true);
    expectClose(nearThreshold, kineticMixingRatioClosedForm(MUON_PAIR_THRESHOLD_MEV2 * (1 - 1e-15)), { rel: 1e-6 });
  });

  test('decreases monotonically as q² goes from the threshold to deep spacelike values (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 0.999 * MUON_PAIR_THRESHOLD_MEV2, noNaN: true }),
        fc.double({ min: -1e12, max: 0.999 * MUON_PAIR_THRESHOLD_MEV2, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          return kineticMixingRatio(lo) <= kineticMixingRatio(hi);
        },
      ),
    );
  });

  test('rejects q² at or above the muon-pair threshold 4m_μ², and non-finite q², with a RangeError naming q2', () => {
    for (const q2 of [MUON_PAIR_THRESHOLD_MEV2, 1e6, Number.NaN, Infinity, -Infinity]) {
      expect(() => kineticMixingRatio(q2)).toThrow(RangeError);
      expect(() => kineticMixing(1, q2)).toThrow(/^q2 must be a finite squared momentum transfer in MeV²/);
    }
  });
});
