/**
 * Which Z′ masses a momentum-dependent coupling bound excludes a band of couplings at.
 *
 * An experiment at momentum transfer Q = |q| bounds g, for a Z′ of mass m, by
 * g_eff(m) = g_max(8) · √(1 + m²/Q²) (figures/validity/data.server.ts, boundRelaxation). A band of couplings
 * [lower(m), upper(m)] — the g−2 band of eq. (6), which varies with m, or a Hubble region, which
 * does not — is excluded whole at m when g_eff(m) ≤ lower(m), and in part when g_eff(m) ≤ upper(m).
 * The paper's reading, eq. (8) at q² = 0, is the same comparison with g_max(8) at every mass.
 * Both conditions are found over a mass range by sampling in ln m and refining each crossing with
 * Brent's method (roots.ts). Masses in MeV, couplings dimensionless.
 */
import { deltaAmu, type AnomalyMeasurement } from './g-minus-2';
import { nonPositiveIntervals, type Interval } from './roots';
import { requireCoupling, requireFinite, requireMass, requireNonNegative, requireObject, requirePositive } from './validate';
import { boundRelaxation, massForRelaxation } from './validity';

/** A Z′ mass range in MeV, 0 < min ≤ max. */
export interface MassRange {
  min: number;
  max: number;
}

/** The edges of a coupling band at a Z′ mass in MeV (dimensionless, 0 ≤ lower ≤ upper). */
export type BandEdges = (mZprime: number) => { lower: number; upper: number };

/** Where in a mass range a bound excludes a band; each list holds disjoint mass intervals in MeV, in increasing order. */
export interface BandExclusion {
  /** Masses where g_eff(m) ≤ lower(m): the whole band is excluded. */
  whole: Interval[];
  /** Masses where g_eff(m) ≤ upper(m): some of the band is excluded (includes `whole`; equality only at isolated masses). */
  some: Interval[];
}

/** Samples per decade of mass: the ratio g_eff/edge changes shape only near m ~ Q and m ~ m_μ. */
const SAMPLES_PER_DECADE = 16;
/** Fewest samples for a narrow range. */
const MIN_SAMPLES = 8;
/** Tolerance on ln m of each crossing: masses to ~1e-9 relative, far below what any table prints. */
const LOG_MASS_TOLERANCE = 1e-9;

function requireRange(range: unknown): MassRange {
  const object = requireObject('masses', range);
  const min = requireMass('masses.min', object.min);
  const max = requireMass('masses.max', object.max);
  if (max < min) throw new RangeError(`masses.max must be a mass in MeV ≥ masses.min = ${min}, got ${max}`);
  return { min, max };
}

/**
 * The masses at which a bound read at momentum transfer |q| excludes a band of couplings, whole or
 * in part. A dip of g_eff below an edge narrower than 1/16 of a decade of mass could be missed; the
 * ratio g_eff/edge of the g−2 band and of the Hubble regions changes shape only over decades.
 * @param staticBound g_max from eq. (8) at q² = 0 (dimensionless, finite, ≥ 0)
 * @param momentumTransfer the experiment's |q| in MeV (positive, finite), or null for the paper's
 *   reading, eq. (8) at q² = 0, where the bound is staticBound at every mass
 * @param edges the band's lower and upper coupling at a mass (finite, ≥ 0)
 * @param masses the Z′ masses to look at, MeV
 * @returns mass intervals with the whole band excluded and with some of it excluded
 * @throws RangeError for invalid inputs
 */
export function bandExclusion(staticBound: number, momentumTransfer: number | null, edges: BandEdges, masses: MassRange): BandExclusion {
  const bound = requireCoupling('staticBound', staticBound);
  const q = momentumTransfer === null ? null : requirePositive('momentumTransfer', momentumTransfer, 'a positive finite momentum in MeV, or null for q² = 0');
  if (typeof edges !== 'function') throw new RangeError(`edges must be a function of the mass, got ${typeof edges}`);
  const { min, max } = requireRange(masses);
  const boundAt = q === null ? () => bound : (m: number) => bound * boundRelaxation(-q * q, m);
  const [a, b] = [Math.log(min), Math.log(max)];
  // The range's ends exactly (exp(ln 10) is 10.000000000000002).
  const massAt = (t: number) => (t === a ? min : t === b ? max : Math.exp(t));
  // ln(g_eff/edge): ≤ 0 where the bound lies at or below the edge; +∞ for an edge at 0 (nothing lies below it).
  const logRatio = (edge: 'lower' | 'upper') => (t: number) => {
    const m = massAt(t);
    const g = requireNonNegative(`edges(${m}).${edge}`, edges(m)[edge], 'a finite coupling ≥ 0');
    return g > 0 ? Math.log(boundAt(m) / g) : Infinity;
  };
  const samples = Math.max(MIN_SAMPLES, Math.ceil((SAMPLES_PER_DECADE * (b - a)) / Math.LN10));
  const inMass = (intervals: Interval[]) => intervals.map(({ from, to }) => ({ from: massAt(from), to: massAt(to) }));
  const options = { xTol: LOG_MASS_TOLERANCE };
  return {
    whole: inMass(nonPositiveIntervals(logRatio('lower'), a, b, samples, options)),
    some: inMass(nonPositiveIntervals(logRatio('upper'), a, b, samples, options)),
  };
}

/**
 * {@link bandExclusion} for a band whose couplings do not depend on the mass (a Hubble region), in
 * closed form: g_eff grows with m, so each condition holds from masses.min up to the mass where
 * g_eff reaches the edge, m = |q| √((edge/g_max(8))² − 1) (massForRelaxation).
 * @param staticBound g_max from eq. (8) at q² = 0 (dimensionless, finite, ≥ 0)
 * @param momentumTransfer |q| in MeV (positive, finite), or null for the reading at q² = 0
 * @param band the couplings {lower, upper} (finite, 0 ≤ lower ≤ upper)
 * @param masses the Z′ masses to look at, MeV
 * @returns as bandExclusion
 * @throws RangeError for invalid inputs
 */
export function constantBandExclusion(
  staticBound: number,
  momentumTransfer: number | null,
  band: { lower: number; upper: number },
  masses: MassRange,
): BandExclusion {
  const bound = requireCoupling('staticBound', staticBound);
  const q = momentumTransfer === null ? null : requirePositive('momentumTransfer', momentumTransfer, 'a positive finite momentum in MeV, or null for q² = 0');
  const input = requireObject('band', band);
  const lower = requireNonNegative('band.lower', input.lower, 'a finite coupling ≥ 0');
  const upper = requireNonNegative('band.upper', input.upper, 'a finite coupling ≥ lower');
  if (upper < lower) throw new RangeError(`band.upper must be a finite coupling ≥ lower = ${lower}, got ${upper}`);
  const { min, max } = requireRange(masses);
  // Masses from min up to where g_eff reaches the edge (an edge at 0 has nothing below it).
  const below = (edge: number): Interval[] => {
    if (edge === 0 || bound > edge) return [];
    const relaxation = edge / bound;
    const reach = q === null || relaxation > 1e150 ? Infinity : massForRelaxation(-q * q, relaxation);
    return reach < min ? [] : [{ from: min, to: Math.min(reach, max) }];
  };
  return { whole: below(lower), some: below(upper) };
}

/** Δa_μ at g = 1 by mass; the bound table asks for the same masses for every limit. */
const unitAnomaly = new Map<number, number>();
/** Entries kept before the memo starts afresh. */
const UNIT_MEMO_SIZE = 4096;

/**
 * The g−2 band of eq. (6) as {@link BandEdges}: at each mass, the couplings that give
 * Δa_μ = value ∓ nσ (lower is 0 when value − nσ ≤ 0, the set then only caps g).
 * @param measurement {value, sigma}: Δa_μ and its 1σ error (dimensionless; value finite, sigma ≥ 0)
 * @param nSigma band width in σ (finite, ≥ 0)
 * @returns the band's edges as a function of m_Z′ in MeV
 * @throws RangeError for invalid inputs (and, from the returned function, for an invalid mass)
 */
export function gm2BandEdges(measurement: AnomalyMeasurement, nSigma: number): BandEdges {
  const input = requireObject('measurement', measurement);
  const value = requireFinite('measurement.value', input.value, 'a finite anomaly Δa_μ');
  const sigma = requireNonNegative('measurement.sigma', input.sigma, 'a finite non-negative uncertainty');
  const n = requireNonNegative('nSigma', nSigma, 'a finite non-negative number of standard deviations');
  const [low, high] = [value - n * sigma, value + n * sigma];
  return (mZprime) => {
    const m = requireMass('mZprime', mZprime);
    let unit = unitAnomaly.get(m);
    if (unit === undefined) {
      if (unitAnomaly.size >= UNIT_MEMO_SIZE) unitAnomaly.clear();
      unit = deltaAmu(1, m);
      unitAnomaly.set(m, unit);
    }
    // eq. (6) is ∝ g², so the coupling for a target Δa_μ is √(target/Δa_μ(g = 1)).
    return { lower: low > 0 ? Math.sqrt(low / unit) : 0, upper: high > 0 ? Math.sqrt(high / unit) : 0 };
  };
}

/**
 * How far up in mass a bound keeps excluding the whole band, starting from the lowest mass:
 * - `up-to`: for every m from masses.min up to `mass` (MeV), and not just above it;
 * - `whole-range`: at every mass of the range;
 * - `not-at-lowest-mass`: not at masses.min (it may still exclude the whole band further up:
 *   see {@link BandExclusion}.whole).
 */
export type BandExit = { kind: 'up-to'; mass: number } | { kind: 'whole-range' } | { kind: 'not-at-lowest-mass' };

/**
 * The largest Z′ mass below which a momentum-dependent bound excludes the whole band.
 * Arguments as {@link bandExclusion}.
 * @returns where the whole-band exclusion that starts at masses.min ends, or why there is none
 */
export function bandExit(staticBound: number, momentumTransfer: number | null, edges: BandEdges, masses: MassRange): BandExit {
  const [first] = bandExclusion(staticBound, momentumTransfer, edges, masses).whole;
  if (!first || first.from > masses.min) return { kind: 'not-at-lowest-mass' };
  if (first.to >= masses.max) return { kind: 'whole-range' };
  return { kind: 'up-to', mass: first.to };
}
