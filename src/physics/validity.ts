/**
 * When is eq. (8) the charge an experiment sees? With a massive Z′ the
 * neutrino couples to the photon through Z′ exchange, ν —g— Z′ —εq²— γ, so
 * the induced vertex carries the Z′ propagator:
 *
 *   q_ν(q²) = q_ν · q²/(q² − m_Z′²).
 *
 * For spacelike momentum transfer (q² = −Q² < 0, every scattering experiment here)
 * the factor is Q²/(Q² + m_Z′²) ∈ (0, 1]: 1 for m_Z′ ≪ Q (the massless limit the
 * paper's use of eq. 8 assumes) and ≈ Q²/m_Z′² for m_Z′ ≫ Q, where the experiment
 * sees a much smaller charge and so bounds g more weakly.
 * Masses in MeV, q² in MeV².
 */
import { couplingBound, type BoundTreatment, type MillichargeInterval } from './millicharge';
import { requireFinite, requireFiniteResult, requireNonNegative } from './validate';

const MASS_ALLOWED = 'a finite non-negative mass in MeV (0 means a massless Z′)';

/** Validates spacelike q² < 0. @returns Q = √(−q²) in MeV. */
function spacelikeMomentum(q2: unknown): number {
  const allowed = 'a finite negative (spacelike) squared momentum transfer in MeV²';
  const value = requireFinite('q2', q2, allowed);
  if (!(value < 0)) throw new RangeError(`q2 must be ${allowed}, got ${value}`);
  return Math.sqrt(-value);
}

/**
 * q² for a momentum transfer of magnitude |q| in a scattering experiment: q² = −|q|².
 * @param momentumTransfer |q| in MeV (positive, finite)
 * @returns q² in MeV² (negative)
 */
export function spacelikeQ2(momentumTransfer: number): number {
  const q = requireFinite('momentumTransfer', momentumTransfer, 'a positive finite momentum in MeV');
  if (!(q > 0)) throw new RangeError(`momentumTransfer must be a positive finite momentum in MeV, got ${q}`);
  return -q * q;
}

/**
 * Suppression of the kinetic-mixing-induced charge by the Z′ propagator, q²/(q² − m_Z′²).
 * Evaluated as 1/(1 + (m_Z′/Q)²) with Q = √(−q²), which neither overflows nor loses precision.
 * @param q2 squared momentum transfer in MeV², finite and < 0 (spacelike)
 * @param mZprime Z′ mass in MeV, finite and ≥ 0 (0 gives exactly 1: massless Z′)
 * @returns the factor in [0, 1]: → 1 for m_Z′ → 0, → −q²/m_Z′² for m_Z′² ≫ |q²|
 * @throws RangeError for q² ≥ 0, a negative mass or non-finite input
 */
export function effectiveChargeFactor(q2: number, mZprime: number): number {
  const momentum = spacelikeMomentum(q2);
  const mass = requireNonNegative('mZprime', mZprime, MASS_ALLOWED);
  const ratio = mass / momentum;
  return 1 / (1 + ratio * ratio);
}

/**
 * Factor by which a coupling bound read through eq. (8) relaxes when the Z′ is massive:
 * g_max(m_Z′) = g_max(8) · √(1 + m_Z′²/Q²) = g_max(8)/√(effectiveChargeFactor), Q = √(−q²).
 * @param q2 squared momentum transfer in MeV², finite and < 0 (spacelike)
 * @param mZprime Z′ mass in MeV, finite and ≥ 0
 * @returns the factor (≥ 1; exactly 1 for a massless Z′; ≈ m_Z′/Q for m_Z′ ≫ Q)
 * @throws RangeError for invalid input or if the factor overflows
 */
export function boundRelaxation(q2: number, mZprime: number): number {
  const momentum = spacelikeMomentum(q2);
  const mass = requireNonNegative('mZprime', mZprime, MASS_ALLOWED);
  return requireFiniteResult('boundRelaxation', Math.hypot(1, mass / momentum), `m_Z'/|q| = ${mass / momentum}`);
}

/**
 * The inverse of {@link boundRelaxation} in the mass: the Z′ mass at which a bound has relaxed by
 * `relaxation`, m_Z′ = Q √(relaxation² − 1), evaluated as Q √((r − 1)(r + 1)) so it stays accurate
 * for r near 1.
 * @param q2 squared momentum transfer in MeV², finite and < 0 (spacelike)
 * @param relaxation the factor g_max(m_Z′)/g_max(8), finite and ≥ 1
 * @returns m_Z′ in MeV (0 for relaxation = 1)
 * @throws RangeError for invalid input (a relaxation below 1 is reached at no mass)
 */
export function massForRelaxation(q2: number, relaxation: number): number {
  const momentum = spacelikeMomentum(q2);
  const r = requireFinite('relaxation', relaxation, 'a finite factor ≥ 1 (a bound only relaxes with the Z′ mass)');
  if (!(r >= 1)) throw new RangeError(`relaxation must be a finite factor ≥ 1 (a bound only relaxes with the Z′ mass), got ${r}`);
  return requireFiniteResult('massForRelaxation', momentum * Math.sqrt((r - 1) * (r + 1)), `relaxation = ${r}`);
}

/**
 * Coupling bound from a millicharge interval when the Z′ is massive: the experiment sees
 * q_ν × factor ∝ g² × factor, so g_max = couplingBound / √factor = couplingBound · √(1 + m_Z′²/Q²).
 * ε is taken at q² = 0 (eq. 5) as in the paper; its running, kineticMixingRatio(q2), changes
 * ε by < 0.001 % for |q| ≤ 1 MeV and by ≈ 3 % at |q| = 100 MeV.
 * @param limit {flavor, lower, upper} in units of e, lower ≤ 0 ≤ upper
 * @param treatment 'signed' or 'symmetric', as in couplingBound
 * @param mZprime Z′ mass in MeV, finite and ≥ 0
 * @param q2 typical squared momentum transfer of the experiment in MeV², < 0
 * @returns g_max (dimensionless), ≥ couplingBound(limit, treatment)
 * @throws RangeError for invalid inputs or if the bound overflows
 */
export function effectiveCouplingBound(limit: MillichargeInterval, treatment: BoundTreatment, mZprime: number, q2: number): number {
  const bound = couplingBound(limit, treatment);
  const momentum = spacelikeMomentum(q2);
  const mass = requireNonNegative('mZprime', mZprime, MASS_ALLOWED);
  return requireFiniteResult('effectiveCouplingBound', bound * boundRelaxation(q2, mass), `m_Z'/|q| = ${mass / momentum}`);
}
