/**
 * The joint reading of a single-flavour solar-neutrino limit with q_νμ = −q_ντ
 * (src/physics/joint-charge.ts), against closed forms derived here:
 * rates P_ef q_lim² = (P_eμ + P_eτ) q_joint², q ∝ g² (eq. 8), P_eμ = (1 − P_ee) cos²θ23,
 * P_eτ = (1 − P_ee) sin²θ23, so g_joint/g_single = (P_ef/(1 − P_ee))^¼ = (cos²θ23)^¼ (ν_μ) or (sin²θ23)^¼ (ν_τ).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { couplingBound } from '../../src/physics/millicharge';
import { jointCouplingBound, jointCouplingFactor, solarFlavorProbabilities } from '../../src/physics/joint-charge';
import { expectClose } from '../helpers/expect-close';

const probability = fc.double({ min: 0, max: 0.999, noNaN: true });
const sin2 = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });

describe('solarFlavorProbabilities(survivalEe, sin2Theta23)', () => {
  test('splits 1 − P_ee between ν_μ and ν_τ by cos²θ23 and sin²θ23: P_ee = 0.57, sin²θ23 = 0.545 gives 0.19565 and 0.23435', () => {
    const p = solarFlavorProbabilities(0.57, 0.545);
    expect(p.ee).toBe(0.57);
    expectClose(p.emu, 0.43 * 0.455, { rel: 1e-14 });
    expectClose(p.etau, 0.43 * 0.545, { rel: 1e-14 });
  });

  test('the three probabilities add up to 1 (fast-check)', () => {
    fc.assert(
      fc.property(probability, sin2, (ee, s) => {
        const p = solarFlavorProbabilities(ee, s);
        return Math.abs(p.ee + p.emu + p.etau - 1) < 1e-15;
      }),
    );
  });

  test('rejects P_ee outside [0, 1) and sin²θ23 outside (0, 1)', () => {
    expect(() => solarFlavorProbabilities(1, 0.5)).toThrow(/^survivalEe must be a probability P_ee with 0 ≤ P_ee < 1, got 1$/);
    expect(() => solarFlavorProbabilities(-0.1, 0.5)).toThrow(/^survivalEe must be/);
    expect(() => solarFlavorProbabilities(Number.NaN, 0.5)).toThrow(/^survivalEe must be/);
    expect(() => solarFlavorProbabilities(0.5, 0)).toThrow(/^sin2Theta23 must be a value of sin²θ23 strictly between 0 and 1, got 0$/);
    expect(() => solarFlavorProbabilities(0.5, 1)).toThrow(/^sin2Theta23 must be/);
    expect(() => solarFlavorProbabilities(0.5, '0.5' as unknown as number)).toThrow(/^sin2Theta23 must be/);
  });
});

describe('jointCouplingFactor(probabilities, flavor) = (P_ef/(P_eμ + P_eτ))^¼', () => {
  test('is 2^(−1/4) ≈ 0.8409 for both flavours at maximal mixing, sin²θ23 = 1/2', () => {
    const p = solarFlavorProbabilities(0.57, 0.5);
    expectClose(jointCouplingFactor(p, 'mu'), 2 ** -0.25, { rel: 1e-15 });
    expectClose(jointCouplingFactor(p, 'tau'), 2 ** -0.25, { rel: 1e-15 });
  });

  test('does not depend on P_ee when θ13 is neglected (fast-check)', () => {
    fc.assert(
      fc.property(
        probability,
        probability,
        sin2,
        fc.constantFrom('mu' as const, 'tau' as const),
        (a, b, s, flavor) =>
          Math.abs(jointCouplingFactor(solarFlavorProbabilities(a, s), flavor) - jointCouplingFactor(solarFlavorProbabilities(b, s), flavor)) < 1e-14,
      ),
    );
  });

  test('is (cos²θ23)^¼ for ν_μ and (sin²θ23)^¼ for ν_τ, so their fourth powers add up to 1 (fast-check)', () => {
    fc.assert(
      fc.property(probability, sin2, (ee, s) => {
        const p = solarFlavorProbabilities(ee, s);
        const [mu, tau] = [jointCouplingFactor(p, 'mu'), jointCouplingFactor(p, 'tau')];
        return Math.abs(mu - (1 - s) ** 0.25) < 1e-14 && Math.abs(tau - s ** 0.25) < 1e-14 && Math.abs(mu ** 4 + tau ** 4 - 1) < 1e-14;
      }),
    );
  });

  test('rejects an unknown flavour and probabilities without ν_μ or ν_τ', () => {
    const p = solarFlavorProbabilities(0.57, 0.545);
    expect(() => jointCouplingFactor(p, 'e' as 'mu')).toThrow(/^flavor must be one of 'mu', 'tau', got "e"$/);
    expect(() => jointCouplingFactor({ ...p, emu: 0 }, 'tau')).toThrow(/^probabilities\.emu must be a finite probability > 0, got 0$/);
    expect(() => jointCouplingFactor(null as never, 'tau')).toThrow(/^probabilities must be an object, got null$/);
  });
});

describe('jointCouplingBound(g, probabilities, flavor)', () => {
  test('equals the g_max of eq. (8) for the reduced charge q_lim √(P_ef/(P_eμ + P_eτ)): q ∝ g², so g scales by the fourth root', () => {
    const p = solarFlavorProbabilities(0.57, 0.545);
    const qLim = 2.8e-13; // the LZ ν_τ limit as the paper quotes it (Sec. III, ref. [76])
    const qJoint = qLim * Math.sqrt(p.etau / (p.emu + p.etau));
    const single = couplingBound({ flavor: 'tau', lower: -qLim, upper: qLim }, 'symmetric');
    const joint = couplingBound({ flavor: 'tau', lower: -qJoint, upper: qJoint }, 'symmetric');
    expectClose(jointCouplingBound(single, p, 'tau'), joint, { rel: 1e-14 });
    // With sin²θ23 = 0.545: factor 0.545^¼ = 0.85921, the joint bound is 14% tighter.
    expectClose(joint / single, 0.545 ** 0.25, { rel: 1e-14 });
  });

  test('rejects a negative or non-finite single-flavour bound', () => {
    const p = solarFlavorProbabilities(0.57, 0.545);
    expect(() => jointCouplingBound(-1, p, 'mu')).toThrow(/^singleFlavorBound must be a finite non-negative coupling \(dimensionless\), got -1$/);
    expect(() => jointCouplingBound(Infinity, p, 'mu')).toThrow(RangeError);
  });
});
