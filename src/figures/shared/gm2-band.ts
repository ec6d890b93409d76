/**
 * The (g − 2)_μ coupling band of every figure: eq. (6) inverted by couplingBandForDeltaAmu
 * (src/physics), at one Z′ mass or along a grid of masses, memoised, since each band costs an
 * eq. (6) quadrature and a redraw asks for the same few again and again.
 */
import { couplingBandForDeltaAmu, type AnomalyMeasurement, type CouplingBand } from '../../physics/index';
import { memo, weakMemo } from './memo';

/** Bands kept at single masses: every mass of a chart, a table and a slider drag; emptied when full. */
const BAND_MEMO_SIZE = 2048;

const bandMemo = memo(
  (value: number, sigma: number, nSigma: number, mZprime: number): Readonly<CouplingBand> =>
    Object.freeze(couplingBandForDeltaAmu({ value, sigma }, nSigma, mZprime)),
  (value, sigma, nSigma, mZprime) => `${value}:${sigma}:${nSigma}:${mZprime}`,
  { maxSize: BAND_MEMO_SIZE },
);

/**
 * Couplings explaining Δa_μ within ±nσ at one Z′ mass (memoised).
 * @param measurement Δa_μ and its 1σ, dimensionless
 * @param nSigma width of the band in σ
 * @param mZprime Z′ mass in MeV
 */
export function bandAt(measurement: AnomalyMeasurement, nSigma: number, mZprime: number): Readonly<CouplingBand> {
  return bandMemo(measurement.value, measurement.sigma, nSigma, mZprime);
}

/** One point of a band curve: the couplings at a Z′ mass (MeV). */
export interface BandPoint extends CouplingBand {
  m: number;
}

/** A band (or ceiling) along a mass grid. */
export interface BandCurve {
  points: readonly BandPoint[];
  /** True when Δa_μ − nσ ≤ 0: `upper` is then a ceiling, not the edge of a band. */
  isCeiling: boolean;
}

const curveMemo = weakMemo(
  (masses: readonly number[], value: number, sigma: number, nSigma: number): BandCurve => ({
    points: masses.map((m) => ({ m, ...couplingBandForDeltaAmu({ value, sigma }, nSigma, m) })),
    isCeiling: value - nSigma * sigma <= 0,
  }),
  (value, sigma, nSigma) => `${value}:${sigma}:${nSigma}`,
);

/**
 * The band along a grid of masses, kept per grid array and (Δa_μ, σ, nσ): pass the same array
 * each time (a module constant or a memoised grid).
 * @param masses Z′ masses in MeV
 */
export function bandCurve(measurement: AnomalyMeasurement, nSigma: number, masses: readonly number[]): BandCurve {
  return curveMemo(masses, measurement.value, measurement.sigma, nSigma);
}

/** How many band curves have been computed so far (for tests that a redraw reuses them). */
export function computedBandCurves(): number {
  return curveMemo.misses;
}

/** `n` log-spaced masses from `min` to `max` MeV (n ≥ 2), both ends exact. */
export function logGrid(min: number, max: number, n: number): number[] {
  const a = Math.log10(min);
  const b = Math.log10(max);
  return Array.from({ length: n }, (_, i) => (i === 0 ? min : i === n - 1 ? max : 10 ** (a + ((b - a) * i) / (n - 1))));
}
