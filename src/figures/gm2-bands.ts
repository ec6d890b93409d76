/**
 * The (g − 2)_μ coupling band across Z′ masses, eq. (6) inverted with couplingBandForDeltaAmu on a
 * logarithmic mass grid. Curves are cached per (value set, nσ): moving the mass marker never
 * recomputes them.
 */
import { couplingBandForDeltaAmu, type AnomalyMeasurement } from '../physics/index';

import { GM2_MASS_MAX_MEV, GM2_MASS_MIN_MEV } from './gm2-explorer-state';

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
    const points = logGrid(GM2_MASS_MIN_MEV, GM2_MASS_MAX_MEV, BAND_POINTS).map((m) => {
      const band = couplingBandForDeltaAmu(measurement, nSigma, m);
      return { m, lower: band.lower, central: band.central, upper: band.upper };
    });
    curve = { points, isCeiling: measurement.value - nSigma * measurement.sigma <= 0 };
    cache.set(key, curve);
  }
  return curve;
}

/** Number of cached curves (for tests of the cache). */
export function cachedBandCount(): number {
  return cache.size;
}
