import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { couplingBound } from '../../src/physics/millicharge';
import { boundRelaxation, effectiveChargeFactor, effectiveCouplingBound, massForRelaxation, spacelikeQ2 } from '../../src/physics/validity';
import { expectClose, relativeError } from '../helpers/expect-close';

const xenon = { flavor: 'tau', lower: -7.9e-13, upper: 7.8e-13 } as const;
const spacelike = fc.double({ min: -8, max: 8, noNaN: true }).map((e) => -(10 ** e));
const mass = fc.double({ min: -8, max: 8, noNaN: true }).map((e) => 10 ** e);

describe('effectiveChargeFactor(q2, mZprime) = q²/(q² − m_Z′²)', () => {
  test('equals q²/(q² − m²) written out, for moderate values', () => {
    for (const [q2, m] of [
      [-0.01, 0.1],
      [-2500, 10],
      [-1, 1],
      [-1e4, 300],
    ] as const) {
      expectClose(effectiveChargeFactor(q2, m), q2 / (q2 - m * m), { rel: 1e-15 });
    }
  });

  test('is exactly 1 for a massless Z′ (the limit in which eq. (8) is the charge seen)', () => {
    expect(effectiveChargeFactor(-0.01, 0)).toBe(1);
  });

  test('tends to −q²/m_Z′² when m_Z′² ≫ |q²|, with a relative correction of order |q²|/m_Z′²', () => {
    const q2 = -0.01; // |q| = 100 keV, a xenon electron recoil
    for (const m of [10, 1e3, 1e6]) {
      expectClose(effectiveChargeFactor(q2, m), -q2 / (m * m), { rel: (1.01 * -q2) / (m * m) });
    }
  });

  test('lies in (0, 1] and never overflows or underflows to NaN (fast-check)', () => {
    fc.assert(
      fc.property(spacelike, mass, (q2, m) => {
        const f = effectiveChargeFactor(q2, m);
        return f > 0 && f <= 1;
      }),
    );
    expect(effectiveChargeFactor(-1e-300, 1e300)).toBe(0);
    expect(effectiveChargeFactor(-1e300, 1e-300)).toBe(1);
  });

  test('rejects timelike or zero q², negative masses and non-finite input', () => {
    expect(() => effectiveChargeFactor(0, 1)).toThrow(/^q2 must be a finite negative \(spacelike\) squared momentum transfer in MeV², got 0$/);
    expect(() => effectiveChargeFactor(100, 1)).toThrow(RangeError);
    expect(() => effectiveChargeFactor(-1, -5)).toThrow(/^mZprime must be a finite non-negative mass in MeV \(0 means a massless Z′\), got -5$/);
    expect(() => effectiveChargeFactor(Number.NaN, 1)).toThrow(RangeError);
    expect(() => effectiveChargeFactor(-1, Infinity)).toThrow(RangeError);
  });
});

describe('effectiveCouplingBound(limit, treatment, mZprime, q2)', () => {
  test('is couplingBound / √factor, since the charge seen is ∝ g² × factor (fast-check)', () => {
    fc.assert(
      fc.property(spacelike, mass, fc.constantFrom('signed' as const, 'symmetric' as const), (q2, m, treatment) => {
        const expected = couplingBound(xenon, treatment) / Math.sqrt(effectiveChargeFactor(q2, m));
        return relativeError(effectiveCouplingBound(xenon, treatment, m, q2), expected) < 1e-14;
      }),
    );
  });

  test('equals couplingBound for a massless Z′ and weakens as m_Z′/|q| for a heavy one', () => {
    const q2 = spacelikeQ2(0.1);
    expect(effectiveCouplingBound(xenon, 'symmetric', 0, q2)).toBe(couplingBound(xenon, 'symmetric'));
    expectClose(effectiveCouplingBound(xenon, 'symmetric', 20, q2), couplingBound(xenon, 'symmetric') * Math.hypot(1, 200), { rel: 1e-15 });
  });

  test('throws rather than return Infinity when m_Z′/|q| is astronomically large', () => {
    expect(() => effectiveCouplingBound(xenon, 'signed', 1e300, -1e-300)).toThrow(/overflows/);
  });
});

describe('spacelikeQ2(momentumTransfer)', () => {
  test('returns −|q|² in MeV² and rejects non-positive momenta', () => {
    expect(spacelikeQ2(0.1)).toBeCloseTo(-0.01, 17);
    expect(() => spacelikeQ2(0)).toThrow(/^momentumTransfer must be a positive finite momentum in MeV, got 0$/);
    expect(() => spacelikeQ2(-1)).toThrow(RangeError);
  });
});

describe('boundRelaxation(q2, mZprime) and massForRelaxation(q2, relaxation)', () => {
  test('boundRelaxation is 1/√(effectiveChargeFactor) = √(1 + m²/|q|²) (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: -4, max: 4, noNaN: true }), (logQ, logM) => {
        const [q, m] = [10 ** logQ, 10 ** logM];
        const expected = Math.sqrt(1 + (m * m) / (q * q));
        return (
          relativeError(boundRelaxation(-q * q, m), expected) < 1e-14 &&
          relativeError(boundRelaxation(-q * q, m), 1 / Math.sqrt(effectiveChargeFactor(-q * q, m))) < 1e-14
        );
      }),
    );
  });

  test('massForRelaxation undoes boundRelaxation for m ≥ |q|/100 (fast-check)', () => {
    // Below that, r − 1 ≈ m²/2q² < 5 × 10⁻⁵ holds too few digits of m: r itself is the ill-conditioned input.
    fc.assert(
      fc.property(fc.double({ min: -4, max: 4, noNaN: true }), fc.double({ min: -2, max: 6, noNaN: true }), (logQ, logRatio) => {
        const [q, m] = [10 ** logQ, 10 ** (logQ + logRatio)];
        return relativeError(massForRelaxation(-q * q, boundRelaxation(-q * q, m)), m) < 1e-9;
      }),
    );
  });

  test('massForRelaxation is 0 for r = 1, |q| √(r² − 1) written out otherwise, and refuses r < 1', () => {
    expect(massForRelaxation(-0.01, 1)).toBe(0);
    expectClose(massForRelaxation(-0.0324, 125), 0.18 * Math.sqrt(125 * 125 - 1), { rel: 1e-15 });
    expect(() => massForRelaxation(-0.01, 0.5)).toThrow(/^relaxation must be a finite factor ≥ 1 \(a bound only relaxes with the Z′ mass\), got 0.5$/);
    expect(() => massForRelaxation(0, 2)).toThrow(/^q2 must be/);
  });
});
