/**
 * Neutrino millicharges induced by kinetic mixing, eqs. (7)–(8), and the
 * coupling bound that an experimental interval on q_ν implies.
 *
 * Kinetic mixing couples the photon to ε·J_{μ−τ} (eq. 7), so each neutrino
 * gets the charge |ε g| times its L_μ−L_τ charge in eq. (2): ν_μ +1, ν_τ −1, ν_e 0.
 *
 * Sign. Charges here are in units of the positron charge e > 0 (the electron has −1).
 * The sign of a neutrino's charge relative to the electron's is physical, not a convention:
 * in the ν–Z′–loop–γ amplitude the photon's coupling appears twice, so its sign cancels and
 * Q_ν = g_ν Σ_f (g L_f) Q_f Π_f(0) with the screening sign Π_f(0) = −ln(Λ²/m_f²)/12π². For ν_μ
 * (g_ν = +g) the μ (L = +1, Q = −1) and τ (L = −1, Q = −1) loops give
 * Q_{ν_μ} = +(g²/12π²) ln(m_τ²/m_μ²) ≈ +0.04766 g²: a ν_μ gathers a cloud of μ⁺ larger than
 * its cloud of τ⁻. This is eq. (8) with the paper's reading of e in eq. (5) as the electron's
 * charge (e < 0, so ε > 0); kineticMixing() uses e = +√(4πα) and returns ε < 0, hence the
 * minus sign below. At any q²: q_ν/e = ∓ε(q²) g/e for ν_μ/ν_τ.
 */
import { kineticMixing } from './kinetic-mixing';
import { ELEMENTARY_CHARGE } from './constants';
import { requireCoupling, requireFinite, requireFiniteResult, requireObject, requireOneOf } from './validate';

/** Neutrino flavours; only ν_μ and ν_τ carry L_μ−L_τ charge. */
export type NeutrinoFlavor = 'e' | 'mu' | 'tau';
/** Flavours that acquire a millicharge in this model. */
export type ChargedNeutrinoFlavor = 'mu' | 'tau';
/** How an asymmetric interval on q_ν is turned into a bound on g; see {@link couplingBound}. */
export type BoundTreatment = 'signed' | 'symmetric';

/** An experimental interval on one flavour's millicharge, [lower, upper] in units of e. */
export interface MillichargeInterval {
  flavor: ChargedNeutrinoFlavor;
  /** Lower end of the allowed q_ν, in units of e (≤ 0). */
  lower: number;
  /** Upper end of the allowed q_ν, in units of e (≥ 0). */
  upper: number;
}

export const NEUTRINO_FLAVORS: readonly NeutrinoFlavor[] = ['e', 'mu', 'tau'];
export const CHARGED_NEUTRINO_FLAVORS: readonly ChargedNeutrinoFlavor[] = ['mu', 'tau'];
export const BOUND_TREATMENTS: readonly BoundTreatment[] = ['signed', 'symmetric'];

/** L_μ−L_τ charge of each neutrino in the current of eq. (2). */
const LMU_LTAU_CHARGE: Record<NeutrinoFlavor, number> = { e: 0, mu: 1, tau: -1 };

/**
 * Millicharge of a neutrino, eq. (8): q_ν = ε(q²) g × (L_μ−L_τ charge), in units of e.
 * @param g L_μ−L_τ gauge coupling (dimensionless, ≥ 0)
 * @param flavor 'e' | 'mu' | 'tau'
 * @param q2 squared momentum transfer in MeV² (default 0, the charge proper), < 4m_μ²
 * @returns q_ν/e: positive for ν_μ, negative for ν_τ (g > 0), exactly 0 for ν_e
 * @throws RangeError for invalid g, flavour or q², or if g² overflows
 */
export function neutrinoMillicharge(g: number, flavor: NeutrinoFlavor, q2 = 0): number {
  const coupling = requireCoupling('g', g);
  const sign = LMU_LTAU_CHARGE[requireOneOf('flavor', flavor, NEUTRINO_FLAVORS)];
  const epsilon = kineticMixing(coupling, q2);
  // −ε·g/e (see the note on signs above), with ε/e formed first so g² is never built on its own.
  const charge = -sign * (epsilon / ELEMENTARY_CHARGE) * coupling;
  requireFiniteResult('neutrinoMillicharge', charge, `g = ${coupling}`);
  return charge === 0 ? 0 : charge;
}

/** Validates an interval {flavor, lower, upper} with lower ≤ 0 ≤ upper. */
function requireInterval(limit: unknown): MillichargeInterval {
  const object = requireObject('limit', limit);
  const flavor = requireOneOf('limit.flavor', object.flavor, CHARGED_NEUTRINO_FLAVORS);
  const lower = requireFinite('limit.lower', object.lower, 'a finite charge ≤ 0 in units of e');
  const upper = requireFinite('limit.upper', object.upper, 'a finite charge ≥ 0 in units of e');
  if (lower > 0) throw new RangeError(`limit.lower must be a finite charge ≤ 0 in units of e, got ${lower}`);
  if (upper < 0) throw new RangeError(`limit.upper must be a finite charge ≥ 0 in units of e, got ${upper}`);
  return { flavor, lower, upper };
}

/**
 * Largest coupling g allowed by an experimental interval on q_ν, from eq. (8) at q² = 0
 * (|q_ν| ∝ g², so g_max = √(q_max / |q_ν(g = 1)|)).
 * - 'signed': only the side of the interval the model can reach counts: ν_μ is
 *   positive so upper applies; ν_τ is negative so |lower| applies.
 * - 'symmetric': max(|lower|, upper), as the paper does.
 * @param limit {flavor, lower, upper}, charges in units of e, lower ≤ 0 ≤ upper
 * @param treatment 'signed' (default) or 'symmetric'
 * @returns g_max (dimensionless); 0 if the reachable side of the interval is 0
 * @throws RangeError for a malformed interval or treatment
 */
export function couplingBound(limit: MillichargeInterval, treatment: BoundTreatment = 'signed'): number {
  const { flavor, lower, upper } = requireInterval(limit);
  const mode = requireOneOf('treatment', treatment, BOUND_TREATMENTS);
  const below = Math.abs(lower);
  const above = Math.abs(upper); // also turns −0 into 0
  const reach = mode === 'symmetric' ? Math.max(below, above) : flavor === 'mu' ? above : below;
  const chargePerUnitCoupling = Math.abs(neutrinoMillicharge(1, flavor));
  return Math.sqrt(reach / chargePerUnitCoupling);
}
