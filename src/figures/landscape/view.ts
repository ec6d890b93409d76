/**
 * What the landscape shows for a state, computed once per redraw: the limits, band and Hubble
 * regions shown, the readout at the chosen mass, and where the band survives the drawn limits.
 * The band (eq. 6) comes from the shared band code; its survival is memoised per (Δa_μ, σ, nσ).
 */
import { couplingForDeltaAmu, type CouplingBand } from '../../physics/index';
import type { HubbleRegion, ValueSet } from '../shared/figure-data';
import { bandAt, bandCurve, logGrid, type BandCurve } from '../shared/gm2-band';
import { memo, weakMemo } from '../shared/memo';
import { couplingAt, lowestLimitAt, type LandscapeLimit } from './curves';
import type { LandscapeData } from './model';
import type { RecastCurve } from './recast';
import { LANDSCAPE_MASS_MAX_MEV, LANDSCAPE_MASS_MIN_MEV, type LandscapeState } from './state';
import { survivalSentence, survivalWindows, type MassWindow } from './survival';

/** Masses (MeV) of the drawn band: 12 per decade over the chart (a module constant, so bandCurve keeps it). */
export const BAND_GRID = logGrid(LANDSCAPE_MASS_MIN_MEV, LANDSCAPE_MASS_MAX_MEV, 7 * 12 + 1);

/**
 * g that gives Δa_μ = 1 at a mass (eq. 6 inverted). Δa_μ ∝ g² at fixed mass, so the band's lower
 * edge for any set is √(Δa_μ − nσ) times this: one loop integral per mass for every set and σ.
 */
const unitCoupling = memo((m: number) => couplingForDeltaAmu(1, m), undefined, { maxSize: 16384 });

/** Where the band of (Δa_μ, σ, nσ) survives the drawn limits, kept per input. */
const survivalMemo = weakMemo(
  (limits: readonly LandscapeLimit[], value: number, sigma: number, nSigma: number): { windows: MassWindow[]; isCeiling: boolean } => {
    const low = value - nSigma * sigma;
    if (low <= 0) return { windows: [], isCeiling: true };
    const scale = Math.sqrt(low);
    const range = { from: LANDSCAPE_MASS_MIN_MEV, to: LANDSCAPE_MASS_MAX_MEV };
    return { windows: survivalWindows({ lowerEdge: (m) => scale * unitCoupling(m), limits, range }), isCeiling: false };
  },
  (value, sigma, nSigma) => `${value}:${sigma}:${nSigma}`,
);

/** One limit in the readout: its g at the chosen mass, or undefined where it has no bound. */
export interface LimitReading {
  limit: LandscapeLimit;
  g: number | undefined;
}

/** The landscape's view of a state. */
export interface LandscapeView {
  state: LandscapeState;
  set: ValueSet;
  /** Limits drawn (all of them when the group is shown, else none). */
  limits: readonly LandscapeLimit[];
  /** Every drawn limit of the data, shown or not (the readout, the survival and the downloads use them all). */
  allLimits: readonly LandscapeLimit[];
  band: BandCurve | undefined;
  hubble: readonly HubbleRegion[];
  /** The millicharge recast, when shown. */
  recast: RecastCurve | undefined;
  /** The recast at the chosen mass (best and worst reading), when shown. */
  recastHere: { best: number; worst: number } | undefined;
  readings: LimitReading[];
  /** The band at the chosen mass. */
  bandHere: Readonly<CouplingBand>;
  /** The strongest limit at the chosen mass, if any covers it. */
  lowestHere: { g: number; id: string } | undefined;
  /** Whether some of the band at the chosen mass lies below every limit there. */
  survivesHere: boolean;
  windows: readonly MassWindow[];
  isCeiling: boolean;
  sentence: string;
  dataVersion: string;
  links: LandscapeData['links'];
}

/** The lightest mass any drawn limit covers (MeV). */
function coveredFrom(limits: readonly LandscapeLimit[]): number {
  return Math.min(...limits.flatMap((limit) => limit.segments.map((segment) => segment[0]?.[0] ?? Infinity)));
}

/** The view of a valid state. */
export function landscapeView(state: LandscapeState, data: LandscapeData): LandscapeView {
  const set = data.sets.find((s) => s.id === state.set) ?? data.sets.find((s) => s.id === data.defaultSetId)!;
  const { windows, isCeiling } = survivalMemo(data.limits, set.value, set.sigma, state.sigma);
  const bandHere = bandAt(set, state.sigma, state.m);
  const lowestHere = lowestLimitAt(data.limits, state.m);
  return {
    state,
    set,
    limits: state.show.includes('limits') ? data.limits : [],
    allLimits: data.limits,
    band: state.show.includes('band') ? bandCurve(set, state.sigma, BAND_GRID) : undefined,
    hubble: state.show.includes('hubble') ? data.hubble : [],
    recast: state.show.includes('recast') ? data.recast : undefined,
    recastHere: state.show.includes('recast') ? recastAt(data.recast, state.m) : undefined,
    readings: data.limits.map((limit) => ({ limit, g: couplingAt(limit.segments, state.m) })),
    bandHere,
    lowestHere,
    survivesHere: !bandHere.isCeiling && (lowestHere === undefined || bandHere.lower < lowestHere.g),
    windows,
    isCeiling,
    sentence: survivalSentence(set.id, state.sigma, windows, isCeiling, { chartMin: LANDSCAPE_MASS_MIN_MEV, coveredFrom: coveredFrom(data.limits) }),
    dataVersion: data.dataVersion,
    links: data.links,
  };
}

/** The recast at a mass: log–log interpolation of its two readings between grid masses. */
export function recastAt(recast: RecastCurve, m: number): { best: number; worst: number } | undefined {
  const pick = (key: 'best' | 'worst') => couplingAt([recast.points.map((p) => [p.m, p[key]] as const)], m);
  const best = pick('best');
  const worst = pick('worst');
  return best === undefined || worst === undefined ? undefined : { best, worst };
}
