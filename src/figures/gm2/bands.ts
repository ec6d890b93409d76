/**
 * The (g − 2)_μ coupling band across the explorer's Z′ masses: the shared band code
 * (figures/shared/gm2-band.ts, eq. (6) inverted by couplingBandForDeltaAmu) on a logarithmic grid of
 * {@link BAND_POINTS} masses. Curves are kept per (value set, nσ): moving the mass marker never
 * recomputes them.
 */
import type { AnomalyMeasurement } from '../../physics/index';
import { bandCurve as bandAlong, computedBandCurves, logGrid, type BandCurve } from '../shared/gm2-band';
import { GM2_MASS_MAX_MEV, GM2_MASS_MIN_MEV } from './state';

export { GM2_MASS_MAX_MEV, GM2_MASS_MIN_MEV, logGrid };
export type { BandCurve, BandPoint } from '../shared/gm2-band';
/** Points of the band curve (log-spaced). */
export const BAND_POINTS = 200;

/** The band curve's masses, MeV (one array, so the shared memo keeps its curves). */
const BAND_MASSES_MEV: readonly number[] = logGrid(GM2_MASS_MIN_MEV, GM2_MASS_MAX_MEV, BAND_POINTS);

/**
 * The band of couplings explaining Δa_μ within ±nσ, on {@link BAND_POINTS} masses.
 * @param measurement {value, sigma}, dimensionless
 * @param nSigma 1 or 2
 */
export function bandCurve(measurement: AnomalyMeasurement, nSigma: number): BandCurve {
  return bandAlong(measurement, nSigma, BAND_MASSES_MEV);
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

/** Number of band curves computed so far (for tests that the marker reuses them). */
export function cachedBandCount(): number {
  return computedBandCurves();
}
