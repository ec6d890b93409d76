/**
 * The landscape's limit curves as the browser gets them (plain JSON, built by data.server.ts from
 * src/data/zprime-limits.json) and the one way a curve is read between its points: straight lines
 * on log–log axes, as the chart draws it, and no value outside or between its segments.
 * Masses in MeV, g the dimensionless L_μ−L_τ coupling.
 */

/** [m_Z′ in MeV, g]. */
export type CurvePoint = readonly [number, number];

/** A drawn limit: excluded above its curve. */
export interface LandscapeLimit {
  id: string;
  label: string;
  experiment: string;
  kind: 'observed' | 'astro' | 'cosmo' | 'projection';
  /** Confidence level as a fraction, or null when no source states it. */
  cl: number | null;
  /** True when the level is a Bayesian credibility level, not a confidence level (Belle II 2019). */
  credible?: boolean;
  arxiv: string;
  /** Authors, title, journal as the data file gives them. */
  citation: string;
  /** Where the points were read: 'DarkCast via Noah-Everett/DS-Decay-Scripts, darkcast/limits/…lmt @2a86698'. */
  source: string;
  /** The references page's entry of the publication (label and link), when it has one. */
  reference?: { label: string; href: string; title: string };
  /** Its colour (a CSS colour) and dash pattern ('none': solid). */
  color: string;
  dash: string;
  /** Polylines in increasing mass. */
  segments: readonly (readonly CurvePoint[])[];
}

/**
 * A limit's g at a mass, interpolated linearly in (log m, log g) between the two neighbouring points
 * of the segment that covers the mass.
 * @param segments polylines in increasing mass (positive masses and couplings)
 * @param m Z′ mass in MeV
 * @returns g, or undefined when no segment covers m ("no bound here")
 */
export function couplingAt(segments: readonly (readonly CurvePoint[])[], m: number): number | undefined {
  for (const segment of segments) {
    const first = segment[0];
    const last = segment[segment.length - 1];
    if (!first || !last || m < first[0] || m > last[0]) continue;
    // Binary search for the last point at or below m.
    let lo = 0;
    let hi = segment.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (segment[mid]![0] <= m) lo = mid;
      else hi = mid;
    }
    const [m0, g0] = segment[lo]!;
    const [m1, g1] = segment[hi]!;
    if (m === m0 || m1 === m0) return g0;
    if (m === m1) return g1;
    const t = Math.log(m / m0) / Math.log(m1 / m0);
    return Math.exp(Math.log(g0) + t * Math.log(g1 / g0));
  }
  return undefined;
}

/**
 * The strongest (lowest) of the limits at a mass.
 * @returns g and the limit's id, or undefined when none covers m
 */
export function lowestLimitAt(limits: readonly Pick<LandscapeLimit, 'id' | 'segments'>[], m: number): { g: number; id: string } | undefined {
  let best: { g: number; id: string } | undefined;
  for (const limit of limits) {
    const g = couplingAt(limit.segments, m);
    if (g !== undefined && (best === undefined || g < best.g)) best = { g, id: limit.id };
  }
  return best;
}
