import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MUON_MASS_MEV } from '../../src/physics/constants';
import { couplingBandForDeltaAmu, couplingForDeltaAmu, deltaAmu } from '../../src/physics/g-minus-2';
import { deltaAmuClosedForm } from '../helpers/closed-forms';
import { expectClose, relativeError } from '../helpers/expect-close';
import { reference } from '../helpers/reference';

const LIGHT_LIMIT = 1 / (8 * Math.PI ** 2); // Δa_μ/g² for m_Z′ → 0
const heavyLimit = (m: number) => MUON_MASS_MEV ** 2 / (12 * Math.PI ** 2 * m * m); // Δa_μ/g² for m_Z′ → ∞
/** Log-uniform Z′ masses from 1 eV to 100 GeV, in MeV. */
const massInRange = fc.double({ min: -6, max: 5, noNaN: true }).map((e) => 10 ** e);

describe('deltaAmu(g, mZprime) — eq. (6)', () => {
  test.each(reference.deltaAmu)('matches mpmath (40 digits) at m_Z′ = $mZprime MeV to 1e-12', ({ mZprime, deltaAmu: expected }) => {
    expectClose(deltaAmu(1, mZprime), expected, { rel: 1e-12 });
  });

  // Above a few hundred MeV the closed form itself cancels (terms ~ s⁴ ln s against 1/3s²).
  test.each([0.01, 0.1, 1, 10, 20, 50, 100, 150, 300])('agrees with the closed form of the eq. (6) integral at m_Z′ = %d MeV', (m) => {
    expectClose(deltaAmu(1, m), deltaAmuClosedForm(1, m), { rel: 1e-9 });
  });

  test('tends to g²/8π² for a light Z′, with the −πs/2 correction (s = m_Z′/m_μ) sizing the tolerance', () => {
    for (const m of [1e-3, 1e-6, 1e-9]) {
      const s = m / MUON_MASS_MEV;
      const withFirstCorrection = LIGHT_LIMIT * (1 - Math.PI * s);
      // next term of 2F: −2s²(2 ln s + ½), relative to 1
      expectClose(deltaAmu(1, m), withFirstCorrection, { rel: 3 * s * s * Math.abs(2 * Math.log(s) + 0.5) + 4 * Number.EPSILON });
      expectClose(deltaAmu(1, m), LIGHT_LIMIT, { rel: 4 * s });
    }
  });

  test('tends to g² m_μ²/(12π² m_Z′²) for a heavy Z′, with relative correction −3(2 ln s − 25/12)/s²', () => {
    for (const m of [1e4, 1e5, 1e7]) {
      const s = m / MUON_MASS_MEV;
      const correction = (3 * (2 * Math.log(s) - 25 / 12)) / (s * s);
      expectClose(deltaAmu(1, m), heavyLimit(m) * (1 - correction), { rel: (40 * Math.log(s)) / s ** 4 + 1e-15 });
      expectClose(deltaAmu(1, m), heavyLimit(m), { rel: 1.01 * correction });
    }
  });

  test('is continuous where the series hand over to quadrature (s = 1e-6, s = 1, s = 1e5)', () => {
    for (const s of [1e-6, 1, 1e5]) {
      const m = s * MUON_MASS_MEV;
      // 1e-15 apart, so the slope (|d ln Δa/d ln m| ≤ 2) moves Δa by < 4e-15
      expectClose(deltaAmu(1, m * (1 - 5e-16)), deltaAmu(1, m * (1 + 5e-16)), { rel: 1e-13 });
    }
  });

  test('returns finite, correctly limiting values for any positive finite mass (1e-300 … 1e300 MeV, subnormal, MAX_VALUE)', () => {
    expectClose(deltaAmu(1, 1e-300), LIGHT_LIMIT, { rel: 1e-15 });
    expectClose(deltaAmu(1, Number.MIN_VALUE), LIGHT_LIMIT, { rel: 1e-15 });
    expectClose(deltaAmu(1e100, 1e150), 1e200 * heavyLimit(1e150), { rel: 1e-15 });
    expect(deltaAmu(1, 1e300)).toBe(0); // true value ~1e-604 underflows
    expect(deltaAmu(1, Number.MAX_VALUE)).toBe(0);
  });

  test('is exactly 0 at g = 0 and scales as g² (fast-check)', () => {
    expect(deltaAmu(0, 10)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 10, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), massInRange, (g, k, m) => {
        return relativeError(deltaAmu(k * g, m), k * k * deltaAmu(g, m)) < 1e-13;
      }),
    );
  });

  test('decreases monotonically with m_Z′ over 1e-300 … 1e300 MeV (fast-check)', () => {
    const anyMass = fc.double({ min: -300, max: 300, noNaN: true }).map((e) => 10 ** e);
    fc.assert(
      fc.property(anyMass, anyMass, (a, b) => {
        const [light, heavy] = a < b ? [a, b] : [b, a];
        const [dl, dh] = [deltaAmu(1, light), deltaAmu(1, heavy)];
        return Number.isFinite(dl) && Number.isFinite(dh) && dl >= dh;
      }),
      { numRuns: 300 },
    );
  });

  test('throws a RangeError naming the overflow when g² exceeds double precision', () => {
    expect(() => deltaAmu(1e200, 1)).toThrow(/deltaAmu overflows double precision/);
  });
});

describe('couplingForDeltaAmu(target, mZprime) — eq. (6) inverted in g', () => {
  test('round-trips deltaAmu to 1e-13 (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1, noNaN: true }), massInRange, (g, m) => {
        return relativeError(couplingForDeltaAmu(deltaAmu(g, m), m), g) < 1e-13;
      }),
    );
  });

  test('round-trips at extreme masses without overflow (g from Δa at m_Z′ = 1e-300 and 1e100 MeV)', () => {
    expectClose(couplingForDeltaAmu(deltaAmu(0.3, 1e-300), 1e-300), 0.3, { rel: 1e-15 });
    expectClose(couplingForDeltaAmu(deltaAmu(1e-50, 1e100), 1e100), 1e-50, { rel: 1e-15 });
    expect(() => couplingForDeltaAmu(1e100, 1e300)).toThrow(/couplingForDeltaAmu overflows/);
  });

  test('returns 0 for a zero target', () => {
    expect(couplingForDeltaAmu(0, 20)).toBe(0);
  });
});

describe('couplingBandForDeltaAmu({value, sigma}, nSigma, mZprime)', () => {
  test('brackets the central coupling with the couplings for value ∓ nσ', () => {
    const band = couplingBandForDeltaAmu({ value: 245e-11, sigma: 48e-11 }, 2, 20);
    expect(band.isCeiling).toBe(false);
    expect(band.lower).toBeLessThan(band.central);
    expect(band.central).toBeLessThan(band.upper);
    expectClose(deltaAmu(band.lower, 20), 149e-11, { rel: 1e-12 });
    expectClose(deltaAmu(band.upper, 20), 341e-11, { rel: 1e-12 });
  });

  test('gives exactly the couplings couplingForDeltaAmu gives, below and above the muon mass', () => {
    const measurement = { value: 249e-11, sigma: 48e-11 };
    for (const m of [1e-3, 10, 105.6583755, 500, 1e4]) {
      const band = couplingBandForDeltaAmu(measurement, 2, m);
      const { value, sigma } = measurement;
      expect([band.lower, band.central, band.upper]).toEqual([value - 2 * sigma, value, value + 2 * sigma].map((target) => couplingForDeltaAmu(target, m)));
    }
  });

  test('sets lower = 0 and isCeiling when value − nσ ≤ 0 (2025: 38.5 ± 63.7 in 1e-11)', () => {
    const band = couplingBandForDeltaAmu({ value: 38.5e-11, sigma: 63.7e-11 }, 1, 20);
    expect(band).toMatchObject({ lower: 0, isCeiling: true });
    expect(band.upper).toBeGreaterThan(band.central);
  });

  test('collapses to the central coupling at nSigma = 0, and to zeros for a negative anomaly', () => {
    const band = couplingBandForDeltaAmu({ value: 245e-11, sigma: 48e-11 }, 0, 10);
    expect(band.lower).toBe(band.central);
    expect(band.upper).toBe(band.central);
    expect(couplingBandForDeltaAmu({ value: -1e-9, sigma: 1e-10 }, 1, 10)).toEqual({ lower: 0, upper: 0, central: 0, isCeiling: true });
  });
});
