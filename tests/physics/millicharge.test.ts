import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ELEMENTARY_CHARGE, MUON_MASS_MEV, TAU_MASS_MEV } from '../../src/physics/constants';
import { kineticMixing, kineticMixingRatio } from '../../src/physics/kinetic-mixing';
import { couplingBound, neutrinoMillicharge } from '../../src/physics/millicharge';
import { expectClose, relativeError } from '../helpers/expect-close';

const CHARGE_PER_G2 = Math.log(TAU_MASS_MEV ** 2 / MUON_MASS_MEV ** 2) / (12 * Math.PI ** 2); // eqs. (5), (8)
const coupling = fc.double({ min: 1e-12, max: 10, noNaN: true });

describe('neutrinoMillicharge(g, flavor, q2) — eq. (8)', () => {
  test('gives ν_μ the charge +(g²/12π²) ln(m_τ²/m_μ²) ≈ +0.04766 g² at q² = 0, opposite in sign to the electron', () => {
    expectClose(neutrinoMillicharge(1, 'mu'), CHARGE_PER_G2, { rel: 1e-15 });
    expect(neutrinoMillicharge(1, 'mu').toFixed(5)).toBe('0.04766');
  });

  test('has the sign of vacuum-polarisation screening: Q_ν = g_ν Σ_f (g L_f) Q_f Π_f(0), Π_f(0) = −ln(Λ²/m_f²)/12π²', () => {
    // Independent of kineticMixing: the ν–Z′–(f loop)–γ amplitude with the QED screening sign of
    // the unrenormalised self-energy; the cutoff Λ cancels between the μ and τ loops.
    for (const cutoff of [1e4, 1e9, 1e19]) {
      const pi = (m: number) => -Math.log(cutoff ** 2 / m ** 2) / (12 * Math.PI ** 2);
      const loops = 1 * -1 * pi(MUON_MASS_MEV) + -1 * -1 * pi(TAU_MASS_MEV); // Σ L_f Q_f Π_f for μ, τ
      expectClose(neutrinoMillicharge(1, 'mu'), +1 * loops, { rel: 1e-9 });
      expectClose(neutrinoMillicharge(1, 'tau'), -1 * loops, { rel: 1e-9 });
    }
  });

  test('gives ν_τ the opposite charge and ν_e exactly zero (L_μ−L_τ charges +1, −1, 0 in eq. 2)', () => {
    for (const g of [1e-6, 0.1, 3]) {
      expect(neutrinoMillicharge(g, 'tau')).toBe(-neutrinoMillicharge(g, 'mu'));
      expect(neutrinoMillicharge(g, 'e')).toBe(0);
    }
    expect(Object.is(neutrinoMillicharge(0, 'mu'), 0)).toBe(true); // +0, not −0
  });

  test("equals −ε g/e with ε from kineticMixing (e > 0 there, while the paper's e is the electron charge), at any q² (fast-check)", () => {
    fc.assert(
      fc.property(coupling, fc.double({ min: -1e8, max: 4e4, noNaN: true }), (g, q2) => {
        return relativeError(neutrinoMillicharge(g, 'mu', q2), -(kineticMixing(g, q2) * g) / ELEMENTARY_CHARGE) < 1e-14;
      }),
    );
  });

  test('runs with q² exactly as ε does: q_ν(q²) = q_ν(0)·ε(q²)/ε(0)', () => {
    for (const q2 of [-1e4, -2500, 100]) {
      expectClose(neutrinoMillicharge(0.01, 'tau', q2), neutrinoMillicharge(0.01, 'tau') * kineticMixingRatio(q2), { rel: 1e-14 });
    }
  });

  test('scales as g² (fast-check)', () => {
    fc.assert(
      fc.property(coupling, fc.double({ min: 0.01, max: 100, noNaN: true }), (g, k) => {
        return relativeError(neutrinoMillicharge(k * g, 'tau'), k * k * neutrinoMillicharge(g, 'tau')) < 1e-14;
      }),
    );
  });
});

describe('couplingBound(limit, treatment)', () => {
  const coherent = { flavor: 'mu', lower: -0.55e-7, upper: 0.75e-7 } as const;

  test("couplingBound(limit, 'signed') uses the side of the interval the model's sign reaches: upper for ν_μ", () => {
    expectClose(couplingBound(coherent, 'signed'), Math.sqrt(0.75e-7 / CHARGE_PER_G2), { rel: 1e-15 });
    expect(couplingBound(coherent)).toBe(couplingBound(coherent, 'signed')); // signed is the default
  });

  test("couplingBound(limit, 'signed') uses |lower| for ν_τ, whose induced charge is negative", () => {
    expectClose(couplingBound({ flavor: 'tau', lower: -7.9e-13, upper: 7.8e-13 }), Math.sqrt(7.9e-13 / CHARGE_PER_G2), { rel: 1e-15 });
    expectClose(couplingBound({ flavor: 'tau', lower: -1e-13, upper: 5e-13 }), Math.sqrt(1e-13 / CHARGE_PER_G2), { rel: 1e-15 });
  });

  test("couplingBound(limit, 'symmetric') uses max(|lower|, upper), as the paper does", () => {
    expectClose(couplingBound(coherent, 'symmetric'), Math.sqrt(0.75e-7 / CHARGE_PER_G2), { rel: 1e-15 });
  });

  test('returns the coupling whose millicharge sits exactly on the reachable edge (round trip, fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-25, max: 1e-3, noNaN: true }), fc.double({ min: 1e-25, max: 1e-3, noNaN: true }), (below, above) => {
        const muBound = couplingBound({ flavor: 'mu', lower: -below, upper: above });
        const tauBound = couplingBound({ flavor: 'tau', lower: -below, upper: above });
        return relativeError(neutrinoMillicharge(muBound, 'mu'), above) < 1e-14 && relativeError(neutrinoMillicharge(tauBound, 'tau'), -below) < 1e-14;
      }),
    );
  });

  test('returns 0 when the reachable side of the interval is 0', () => {
    expect(couplingBound({ flavor: 'mu', lower: -1e-10, upper: -0 })).toBe(0);
    expect(couplingBound({ flavor: 'tau', lower: 0, upper: 1e-10 })).toBe(0);
  });

  test('rejects intervals that do not contain 0, non-finite ends, ν_e and unknown treatments', () => {
    expect(() => couplingBound({ flavor: 'mu', lower: 1e-9, upper: 2e-9 })).toThrow(/^limit.lower must be a finite charge ≤ 0 in units of e, got 1e-9$/);
    expect(() => couplingBound({ flavor: 'tau', lower: -2e-9, upper: -1e-9 })).toThrow(/^limit.upper must be/);
    expect(() => couplingBound({ flavor: 'tau', lower: -Infinity, upper: 1 })).toThrow(RangeError);
    expect(() => couplingBound({ flavor: 'e' as 'mu', lower: -1, upper: 1 })).toThrow(/^limit.flavor must be one of 'mu', 'tau', got "e"$/);
    expect(() => couplingBound(coherent, 'both' as 'signed')).toThrow(/^treatment must be one of 'signed', 'symmetric', got "both"$/);
    expect(() => couplingBound(null as never)).toThrow(/^limit must be an object, got null$/);
  });
});
