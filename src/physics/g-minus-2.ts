/**
 * One-loop Z′ contribution to the muon anomalous magnetic moment, eq. (6):
 *
 *   Δa_μ = (g² m_μ² / 4π² m_Z′²) ∫₀¹ x²(1−x) dx / (1 − x + (m_μ²/m_Z′²) x²).
 *
 * With s = m_Z′/m_μ this is Δa_μ = (g²/4π²) F(s), F(s) = ∫₀¹ x²(1−x)/(x² + s²(1−x)) dx,
 * which tends to ½ for a light Z′ (Δa_μ → g²/8π²) and to 1/(3s²) for a heavy one
 * (Δa_μ → g² m_μ²/12π² m_Z′²). Masses in MeV; Δa_μ and g dimensionless.
 */
import { MUON_MASS_MEV } from './constants';
import { decadePoints, integrate } from './quadrature';
import { requireCoupling, requireFinite, requireFiniteResult, requireMass, requireNonNegative, requireObject } from './validate';

/** Below this s = m_Z′/m_μ the light-Z′ series is used; its first omitted term, ≈ 2.95 s³, is < 3e-18. */
const LIGHT_SERIES_BELOW = 1e-6;
/** Above this s the heavy-Z′ series is used; its first omitted term, ≈ 11 ln(s)/s⁴, is < 2e-18. */
const HEAVY_SERIES_ABOVE = 1e5;

/**
 * F(s) for s ≤ 1. For s → 0: F = ½ − πs/2 − s²(2 ln s + ½) + O(s³); the π s/2 comes from
 * the region x ~ s, where the integrand switches from x²/s² to (1−x). Coefficients checked
 * against tests/reference (mpmath, 40 digits).
 */
function loopLight(s: number): number {
  if (s < LIGHT_SERIES_BELOW) {
    const s2 = s * s;
    return 0.5 - (Math.PI / 2) * s - (s2 === 0 ? 0 : s2 * (2 * Math.log(s) + 0.5));
  }
  const s2 = s * s;
  const integrand = (x: number) => (x * x * (1 - x)) / (x * x + s2 * (1 - x));
  return checked(integrate(integrand, 0, 1, { relTol: 1e-13, breakpoints: decadePoints(s / 100, 1) }), s);
}

/**
 * G(s) = s² F(s) for s > 1, written with t = 1 − x so the peak of width 1/s² sits at t = 0:
 * G = ∫₀¹ t(1−t)² s² / ((1−t)² + s² t) dt. For s → ∞: G = ⅓ − (2 ln s − 25/12)/s² + O(ln s/s⁴),
 * where 25/12 = 1 + ½ + ⅓ + ¼ comes from ∫₀¹ ((1−t)⁴ − 1)/t dt.
 */
function loopHeavy(s: number): number {
  if (s > HEAVY_SERIES_ABOVE) return 1 / 3 - (2 * Math.log(s) - 25 / 12) / (s * s);
  const s2 = s * s;
  const integrand = (t: number) => {
    const u = 1 - t;
    return (t * u * u * s2) / (u * u + s2 * t);
  };
  return checked(integrate(integrand, 0, 1, { relTol: 1e-13, breakpoints: decadePoints(1 / (100 * s2), 1) }), s);
}

function checked(result: { value: number; converged: boolean }, s: number): number {
  if (!result.converged) throw new Error(`eq. (6) quadrature did not converge at m_Z'/m_mu = ${s}`);
  return result.value;
}

/**
 * Δa_μ per unit g², split so that neither m_Z′ → 0 nor m_Z′ → ∞ overflows:
 * Δa_μ/g² = (1/2π)² F(s) for s ≤ 1 and (1/2πs)² G(s) for s > 1.
 * @returns [prefactor 1/(2π) or 1/(2πs), loop function F or G]
 */
function splitLoop(mZprime: number): [number, number] {
  const s = mZprime / MUON_MASS_MEV;
  return s <= 1 ? [1 / (2 * Math.PI), loopLight(s)] : [1 / (2 * Math.PI * s), loopHeavy(s)];
}

/**
 * Z′ one-loop contribution to the muon anomaly, eq. (6).
 * @param g L_μ−L_τ coupling (dimensionless, ≥ 0)
 * @param mZprime Z′ mass in MeV (positive, finite; any magnitude)
 * @returns Δa_μ (dimensionless, ≥ 0); → g²/8π² for m_Z′ ≪ m_μ, → g² m_μ²/(12π² m_Z′²) for m_Z′ ≫ m_μ
 * @throws RangeError for invalid inputs or if the result overflows
 */
export function deltaAmu(g: number, mZprime: number): number {
  const coupling = requireCoupling('g', g);
  const [prefactor, loop] = splitLoop(requireMass('mZprime', mZprime));
  const h = coupling * prefactor;
  return requireFiniteResult('deltaAmu', h * h * loop, `g = ${coupling}`);
}

/**
 * Coupling g that gives a target Δa_μ at a Z′ mass: the inverse of {@link deltaAmu} (Δa ∝ g²).
 * @param target Δa_μ to explain (dimensionless, finite, ≥ 0)
 * @param mZprime Z′ mass in MeV (positive, finite)
 * @returns g ≥ 0
 * @throws RangeError for invalid inputs or if g overflows
 */
export function couplingForDeltaAmu(target: number, mZprime: number): number {
  const value = requireNonNegative('deltaAmu', target, 'a finite non-negative anomaly Δa_μ');
  return couplingFromLoop('couplingForDeltaAmu', value, splitLoop(requireMass('mZprime', mZprime)));
}

/** The g with (g × prefactor)² × loop = Δa_μ (eq. (6) as split by splitLoop), for a checked Δa_μ ≥ 0. */
function couplingFromLoop(caller: string, value: number, [prefactor, loop]: [number, number]): number {
  return requireFiniteResult(caller, Math.sqrt(value / loop) / prefactor, `deltaAmu = ${value}`);
}

/** A measured anomaly with its 1σ uncertainty, both dimensionless. */
export interface AnomalyMeasurement {
  value: number;
  sigma: number;
}

/** Couplings that reproduce Δa_μ within ±nσ at one Z′ mass. */
export interface CouplingBand {
  /** g giving value − nσ; 0 when that is ≤ 0. */
  lower: number;
  /** g giving value + nσ (0 if even that is ≤ 0). */
  upper: number;
  /** g giving the central value (0 if value ≤ 0). */
  central: number;
  /** True when value − nσ ≤ 0: the data then only caps g, it no longer demands new physics. */
  isCeiling: boolean;
}

/**
 * Band of couplings explaining a measured Δa_μ within ±nσ.
 * @param measurement {value, sigma}: Δa_μ and its 1σ error (value finite, sigma finite ≥ 0)
 * @param nSigma width of the band in σ (finite, ≥ 0)
 * @param mZprime Z′ mass in MeV (positive, finite)
 * @returns {lower, upper, central, isCeiling}
 * @throws RangeError for invalid inputs
 */
export function couplingBandForDeltaAmu(measurement: AnomalyMeasurement, nSigma: number, mZprime: number): CouplingBand {
  const input = requireObject('measurement', measurement);
  const value = requireFinite('measurement.value', input.value, 'a finite anomaly Δa_μ');
  const sigma = requireNonNegative('measurement.sigma', input.sigma, 'a finite non-negative uncertainty');
  const n = requireNonNegative('nSigma', nSigma, 'a finite non-negative number of standard deviations');
  // One loop integral for all three couplings (couplingForDeltaAmu would evaluate it each time).
  const split = splitLoop(requireMass('mZprime', mZprime));
  const couplingAt = (target: number) => (target > 0 ? couplingFromLoop('couplingBandForDeltaAmu', target, split) : 0);
  const low = value - n * sigma;
  return { lower: couplingAt(low), upper: couplingAt(value + n * sigma), central: couplingAt(value), isCeiling: low <= 0 };
}
