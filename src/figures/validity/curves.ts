/**
 * The curves of the validity chart, sampled over the Z′ masses it shows, and the chart's coupling
 * range. Browser-safe (plain data in, plain rows out); each curve is kept per input, so a redraw
 * recomputes only what the changed control affects.
 */
import { effectiveCouplingBound, spacelikeQ2, type BoundTreatment, type MillichargeInterval } from '../../physics/index';
import { bandCurve, type BandPoint } from '../shared/gm2-band';
import { memo } from '../shared/memo';
import { VALIDITY_MASS_MAX_MEV, VALIDITY_MASS_MIN_MEV, type ValidityState } from './state';
import { selected, validityOutputs, VALIDITY_BAND_SIGMA, type ValidityData, type ValiditySet } from './view';

/**
 * Samples per decade of mass of the bound curves. Plot joins samples with straight segments on the
 * log–log axes, where the curves are straight lines away from a knee (g ∝ m⁰ below it, ∝ m¹ above);
 * at the knee the chord of log g_max = log g₀ + ½ log(1 + m²/Q²) strays at most (ln 10/2)·h²/8
 * decades from the curve for a step of h decades: 0.001 decades at 12 per decade.
 */
export const BOUND_SAMPLES_PER_DECADE = 12;
/** … and of the (g−2) band, whose every sample costs three eq. (6) quadratures; it bends more gently. */
export const BAND_SAMPLES_PER_DECADE = 8;

/** Z′ masses (MeV) of the curves: `perDecade` log-spaced points from 10⁻⁶ to 10³ MeV (one array per density, kept). */
export const massGrid = memo((perDecade: number): readonly number[] => {
  const lo = Math.log10(VALIDITY_MASS_MIN_MEV);
  const hi = Math.log10(VALIDITY_MASS_MAX_MEV);
  const n = Math.round((hi - lo) * perDecade);
  return Array.from({ length: n + 1 }, (_, i) => 10 ** (lo + ((hi - lo) * i) / n));
});

/** A point of the bound curves: g_max at the largest (best) and smallest (worst) |q|. */
export interface BoundPoint {
  m: number;
  best: number;
  worst: number;
}

const boundRows = memo(
  (interval: MillichargeInterval, qMinMeV: number, qMaxMeV: number, treatment: BoundTreatment, perDecade: number): readonly BoundPoint[] => {
    const q2Max = spacelikeQ2(qMaxMeV);
    const q2Min = spacelikeQ2(qMinMeV);
    return massGrid(perDecade).map((m) => ({
      m,
      best: effectiveCouplingBound(interval, treatment, m, q2Max),
      worst: effectiveCouplingBound(interval, treatment, m, q2Min),
    }));
  },
);

/** Bound curves: g_max with the propagator at the largest and smallest |q|, per mass (kept per experiment and treatment). */
export function boundCurve(state: ValidityState, data: ValidityData, perDecade = BOUND_SAMPLES_PER_DECADE): readonly BoundPoint[] {
  const { interval, qMinMeV, qMaxMeV } = selected(state, data).experiment;
  return boundRows(interval, qMinMeV, qMaxMeV, state.treatment, perDecade);
}

/** The ±1σ (g−2) band across the chart's masses: the shared band code on this chart's grid (kept per value set). */
export function chartBand(set: ValiditySet): readonly BandPoint[] {
  return bandCurve(set, VALIDITY_BAND_SIGMA, massGrid(BAND_SAMPLES_PER_DECADE)).points;
}

/** A point of a curve as drawn: mass in MeV, coupling g. */
export interface CurvePoint {
  m: number;
  g: number;
}

/**
 * The samples a curve needs on log–log axes: drops each sample that lies within `tolerance` decades
 * (of g) of the straight segment joining the samples kept either side of it. A power law is a
 * straight line there, so a flat or linear stretch keeps only its ends, and Plot draws a handful of
 * points instead of a hundred. Greedy: each segment is stretched while every sample it skips fits.
 * @param points samples in increasing m, every m and g positive
 * @param tolerance largest vertical distance, in decades, between a dropped sample and the drawn line
 */
export function logLogOutline(points: readonly CurvePoint[], tolerance: number): CurvePoint[] {
  if (points.length <= 2) return [...points];
  const x = points.map((p) => Math.log10(p.m));
  const y = points.map((p) => Math.log10(p.g));
  /** Whether the segment from sample `from` to sample `to` passes within tolerance of every sample between. */
  const fits = (from: number, to: number) => {
    const slope = (y[to] - y[from]) / (x[to] - x[from]);
    for (let i = from + 1; i < to; i++) if (Math.abs(y[from] + slope * (x[i] - x[from]) - y[i]) > tolerance) return false;
    return true;
  };
  const kept = [points[0]];
  let from = 0;
  for (let to = 2; to < points.length; to++) {
    if (!fits(from, to)) {
      from = to - 1;
      kept.push(points[from]);
    }
  }
  kept.push(points[points.length - 1]);
  return kept;
}

/** Largest coupling the chart shows: beyond g ≈ 1 the model is no longer perturbative anyway. */
const CHART_MAX_COUPLING = 10;

/**
 * The chart's coupling range: from a decade below the constant bound, or below the (g−2) band if
 * that lies lower (a weak limit such as BEBC's), up to the top of the curves.
 */
export function couplingDomain(state: ValidityState, data: ValidityData): [number, number] {
  const out = validityOutputs({ ...state, m: VALIDITY_MASS_MAX_MEV }, data);
  const band = chartBand(out.set);
  const top = Math.max(out.boundAtQMin, ...band.map((b) => b.upper));
  const bandBottom = Math.min(...band.map((b) => (b.isCeiling ? b.upper : b.lower)));
  const lo = 10 ** Math.floor(Math.log10(Math.min(out.constantBound / 3, bandBottom)));
  const hi = Math.min(CHART_MAX_COUPLING, 10 ** Math.ceil(Math.log10(top * 1.5)));
  return [lo, Math.max(hi, lo * 100)];
}
