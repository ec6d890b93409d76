/**
 * The (g − 2)_μ coupling band across Z′ masses, eq. (6) inverted with couplingBandForDeltaAmu on a
 * logarithmic mass grid. Curves are cached per (value set, nσ): moving the mass marker never
 * recomputes them.
 */
import { deltaAmu, type AnomalyMeasurement, type CouplingBand } from '../../physics/index';

import { GM2_MASS_MAX_MEV, GM2_MASS_MIN_MEV } from './state';

export { GM2_MASS_MAX_MEV, GM2_MASS_MIN_MEV };
/** Points of the band curve (log-spaced). */
export const BAND_POINTS = 200;

/** One point of a band curve: couplings at a Z′ mass (MeV). */
export interface BandPoint {
  m: number;
  lower: number;
  central: number;
  upper: number;
}

/** A band (or ceiling) over the explorer's mass range. */
export interface BandCurve {
  points: BandPoint[];
  /** True when Δa_μ − nσ ≤ 0: the curve `upper` is then a ceiling, not the edge of a band. */
  isCeiling: boolean;
}

/** `n` log-spaced masses from `min` to `max` MeV, both ends exact. */
export function logGrid(min: number, max: number, n: number): number[] {
  const a = Math.log10(min);
  const b = Math.log10(max);
  return Array.from({ length: n }, (_, i) => (i === 0 ? min : i === n - 1 ? max : 10 ** (a + ((b - a) * i) / (n - 1))));
}

/**
 * The band at one mass from Δa_μ(g = 1, m): eq. (6) is ∝ g², so g = √(Δa/Δa(1, m)). Same result as
 * couplingBandForDeltaAmu (to rounding) with one loop integral instead of three.
 * @param unit Δa_μ at g = 1 and this mass
 */
export function bandFromUnit(measurement: AnomalyMeasurement, nSigma: number, unit: number): CouplingBand {
  const couplingAt = (target: number) => (target > 0 ? Math.sqrt(target / unit) : 0);
  const low = measurement.value - nSigma * measurement.sigma;
  return {
    lower: couplingAt(low),
    central: couplingAt(measurement.value),
    upper: couplingAt(measurement.value + nSigma * measurement.sigma),
    isCeiling: low <= 0,
  };
}

let unitGrid: { m: number; unit: number }[] | undefined;

/** Δa_μ at g = 1 on the band's mass grid, computed once for every value set. */
function unitAnomalies(): { m: number; unit: number }[] {
  unitGrid ??= logGrid(GM2_MASS_MIN_MEV, GM2_MASS_MAX_MEV, BAND_POINTS).map((m) => ({ m, unit: deltaAmu(1, m) }));
  return unitGrid;
}

const unitByMass = new Map<number, number>();
/** Entries kept in the per-mass memo (a slider sweep revisits the same masses). */
const UNIT_MEMO_SIZE = 2000;

/** The band at any mass in MeV (one loop integral per distinct mass, memoised). */
export function bandAtMass(measurement: AnomalyMeasurement, nSigma: number, m: number): CouplingBand {
  let unit = unitByMass.get(m);
  if (unit === undefined) {
    unit = deltaAmu(1, m);
    if (unitByMass.size >= UNIT_MEMO_SIZE) unitByMass.clear();
    unitByMass.set(m, unit);
  }
  return bandFromUnit(measurement, nSigma, unit);
}

const cache = new Map<string, BandCurve>();

/**
 * The band of couplings explaining Δa_μ within ±nσ, on {@link BAND_POINTS} masses.
 * @param setId cache key of the value set
 * @param measurement {value, sigma}, dimensionless
 * @param nSigma 1 or 2
 */
export function bandCurve(setId: string, measurement: AnomalyMeasurement, nSigma: number): BandCurve {
  const key = `${setId}|${measurement.value}|${measurement.sigma}|${nSigma}`;
  let curve = cache.get(key);
  if (!curve) {
    const points = unitAnomalies().map(({ m, unit }) => {
      const band = bandFromUnit(measurement, nSigma, unit);
      return { m, lower: band.lower, central: band.central, upper: band.upper };
    });
    curve = { points, isCeiling: measurement.value - nSigma * measurement.sigma <= 0 };
    cache.set(key, curve);
  }
  return curve;
}

/**
 * Every DRAW_STEP-th grid point is drawn (and the last): the curve is smooth on log–log axes, so
 * straight segments 0.14 decades long stay within 0.05 px of eq. (6) on the widest chart (the unit
 * tests check this); the downloads keep all {@link BAND_POINTS}.
 */
export const DRAW_STEP = 4;

/** The points of a band curve that the chart draws: every {@link DRAW_STEP}-th one, both ends included. */
export function drawnPoints<T>(points: readonly T[]): T[] {
  return points.filter((_, i) => i % DRAW_STEP === 0 || i === points.length - 1);
}

/** Number of cached curves (for tests of the cache). */
export function cachedBandCount(): number {
  return cache.size;
}
