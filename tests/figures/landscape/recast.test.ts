// The millicharge recast of the landscape (src/figures/landscape/recast.ts) against the closed form
// of eq. (8) with the Z′ propagator.
import { describe, expect, it } from 'vitest';
import { recastable, recastCurve } from '../../../src/figures/landscape/recast';
import type { Limit } from '../../../src/figures/shared/figure-data';
import { MUON_MASS_MEV, TAU_MASS_MEV } from '../../../src/physics/index';
import { expectClose } from '../../helpers/expect-close';

const base: Limit = {
  id: 'test',
  label: 'Test',
  short: 'Test',
  flavors: ['tau'],
  lower: -1e-12,
  upper: 1e-12,
  cl: 0.9,
  clSource: 'test',
  kind: 'observed',
  momentumMeV: { min: 0.03, max: 0.38 },
  paperCouplingBound: null,
  inPaperFigure: false,
  hypothetical: false,
};

describe('recastCurve(limits, masses)', () => {
  // Eq. (8) at q² = 0: |q_ν| = g² ln(m_τ²/m_μ²)/(12π²) in units of e, so g₀ = √(12π² q_max / ln(m_τ²/m_μ²)).
  const g0 = Math.sqrt((1e-12 * 12 * Math.PI ** 2) / Math.log((TAU_MASS_MEV / MUON_MASS_MEV) ** 2));

  it('is g₀·√(1 + m²/|q|²) at the largest |q| (best) and the smallest (worst)', () => {
    const { points } = recastCurve([base], [1e-3, 10]);
    expectClose(points[0]!.best, g0 * Math.sqrt(1 + (1e-3 / 0.38) ** 2), { rel: 1e-9 });
    expectClose(points[1]!.best, g0 * Math.sqrt(1 + (10 / 0.38) ** 2), { rel: 1e-9 });
    expectClose(points[1]!.worst, g0 * Math.sqrt(1 + (10 / 0.03) ** 2), { rel: 1e-9 });
  });

  it('takes the strongest limit at each mass', () => {
    const weak = { ...base, id: 'weak', lower: -4e-12, upper: 4e-12, momentumMeV: { min: 30, max: 100 } };
    const { points } = recastCurve([base, weak], [1e-3, 1e3]);
    // Light Z′: the stronger charge bound wins (g ∝ √q); heavy: the larger |q| wins (g ∝ m/|q|).
    expectClose(points[0]!.best, g0 * Math.sqrt(1 + (1e-3 / 0.38) ** 2), { rel: 1e-9 });
    expectClose(points[1]!.best, 2 * g0 * Math.sqrt(1 + (1e3 / 100) ** 2), { rel: 1e-9 });
  });

  it('leaves out disputed, projected, hypothetical and q² → 0 limits', () => {
    expect(recastable(base)).toBe(true);
    expect(recastable({ ...base, disputed: 'test' })).toBe(false);
    expect(recastable({ ...base, kind: 'projection' })).toBe(false);
    expect(recastable({ ...base, hypothetical: true })).toBe(false);
    expect(recastable({ ...base, momentumMeV: 'static' })).toBe(false);
  });
});
