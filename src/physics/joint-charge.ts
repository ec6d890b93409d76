/**
 * The correlated charges q_νμ = −q_ντ of this model, read against a solar-neutrino limit on one flavour.
 *
 * Solar neutrinos leave the Sun as ν_e and reach the detector as ν_e, ν_μ, ν_τ with probabilities
 * P_ee, P_eμ, P_eτ; with θ13 neglected, P_eμ = (1 − P_ee) cos²θ23 and P_eτ = (1 − P_ee) sin²θ23.
 * An ν–e scattering limit q_f,lim on one flavour f assumes only that flavour is charged, so its
 * millicharge rate is ∝ P_ef q_f². In this model both are charged with |q_νμ| = |q_ντ| = q, and the
 * pure-charge rate is ∝ q² (P_eμ + P_eτ). Equal rates give
 *
 *   q_joint = q_f,lim √(P_ef/(P_eμ + P_eτ)),   and, as q ∝ g² (eq. 8),   g_joint = g_single (P_ef/(P_eμ + P_eτ))^¼.
 *
 * The site's own estimate. It neglects θ13, the interference of the charge with the weak neutral
 * current (∝ q (P_eμ − P_eτ), partly cancelling because the charges have opposite signs) and any
 * energy dependence of P_ee across the analysed spectrum. Probabilities are dimensionless.
 */
import { CHARGED_NEUTRINO_FLAVORS, type ChargedNeutrinoFlavor } from './millicharge';
import { requireCoupling, requireFinite, requireObject, requireOneOf } from './validate';

/** Flavour content at the detector of the solar ν_e flux (dimensionless, summing to 1). */
export interface SolarFlavorProbabilities {
  /** P_ee: ν_e survival. */
  ee: number;
  /** P_eμ = (1 − P_ee) cos²θ23. */
  emu: number;
  /** P_eτ = (1 − P_ee) sin²θ23. */
  etau: number;
}

function requireProbability(name: string, value: unknown, allowed: string, test: (x: number) => boolean): number {
  const x = requireFinite(name, value, allowed);
  if (!test(x)) throw new RangeError(`${name} must be ${allowed}, got ${x}`);
  return x;
}

/**
 * Solar ν_e → ν_e, ν_μ, ν_τ probabilities with θ13 neglected.
 * @param survivalEe P_ee, the ν_e survival probability (finite, 0 ≤ P_ee < 1: some flux must reach ν_μ, ν_τ)
 * @param sin2Theta23 sin²θ23 (finite, strictly between 0 and 1, so both ν_μ and ν_τ arrive)
 * @returns {ee, emu, etau}
 * @throws RangeError for values outside those ranges
 */
export function solarFlavorProbabilities(survivalEe: number, sin2Theta23: number): SolarFlavorProbabilities {
  const ee = requireProbability('survivalEe', survivalEe, 'a probability P_ee with 0 ≤ P_ee < 1', (x) => x >= 0 && x < 1);
  const s = requireProbability('sin2Theta23', sin2Theta23, 'a value of sin²θ23 strictly between 0 and 1', (x) => x > 0 && x < 1);
  return { ee, emu: (1 - ee) * (1 - s), etau: (1 - ee) * s };
}

/**
 * g_joint/g_single = (P_ef/(P_eμ + P_eτ))^¼ for a limit on flavour f, from the solar probabilities.
 * It depends only on sin²θ23: P_ee cancels, giving (cos²θ23)^¼ for ν_μ and (sin²θ23)^¼ for ν_τ.
 * @param probabilities from {@link solarFlavorProbabilities}
 * @param flavor the flavour the single-flavour limit is on, 'mu' or 'tau'
 * @returns the factor, in (0, 1): the joint bound is tighter
 * @throws RangeError for an invalid flavour or probabilities (P_eμ, P_eτ must be positive and finite)
 */
export function jointCouplingFactor(probabilities: SolarFlavorProbabilities, flavor: ChargedNeutrinoFlavor): number {
  const f = requireOneOf('flavor', flavor, CHARGED_NEUTRINO_FLAVORS);
  const input = requireObject('probabilities', probabilities);
  const positive = 'a finite probability > 0';
  const emu = requireProbability('probabilities.emu', input.emu, positive, (x) => x > 0);
  const etau = requireProbability('probabilities.etau', input.etau, positive, (x) => x > 0);
  return ((f === 'mu' ? emu : etau) / (emu + etau)) ** 0.25;
}

/**
 * The coupling bound of a single-flavour solar-neutrino limit, reread with both flavours charged
 * (q_νμ = −q_ντ): g_joint = g_single (P_ef/(P_eμ + P_eτ))^¼.
 * @param singleFlavorBound g_max from the limit read alone (dimensionless, finite, ≥ 0)
 * @param probabilities from {@link solarFlavorProbabilities}
 * @param flavor the limit's flavour
 * @returns g_joint (dimensionless)
 * @throws RangeError for invalid inputs
 */
export function jointCouplingBound(singleFlavorBound: number, probabilities: SolarFlavorProbabilities, flavor: ChargedNeutrinoFlavor): number {
  const g = requireCoupling('singleFlavorBound', singleFlavorBound);
  return g * jointCouplingFactor(probabilities, flavor);
}
