/**
 * What Fig. 2 and the bound table show for a given state, computed once and shared: each
 * limit's coupling bound (eq. (8) inverted by couplingBound) and the g−2 band over a Z′ mass range
 * (eq. (6) inverted by couplingBandForDeltaAmu), with the data they come from (LimitsData: limits
 * with their |q| ranges and references, Δa_μ sets, Hubble regions, the solar-oscillation inputs).
 * How each bound compares with the bands is the bound table's (figures/bound-table/readings.ts). Pure and
 * Plot-free, so the browser controller can import it.
 */
import { couplingBandForDeltaAmu, couplingBound, neutrinoMillicharge, type BoundTreatment } from '../../physics/index';
// Formatting lives in figures/shared/format.ts; re-exported for src/components, which imports it from here.
export { formatShort, significantDigits } from '../shared/format';
import type { WhatIfLimit } from './what-if';
import type { FigureData, Flavor, HubbleRegion, Limit, ValueSet } from '../shared/figure-data';

export type { Flavor, LimitKind, SolarInput } from '../shared/figure-data';
/** A limit as Fig. 2 and the bound table read it: the shared Limit (figures/shared/figure-data.ts). */
export type LimitInput = Limit;
/** A Δa_μ value set: the shared ValueSet. */
export type AnomalySet = ValueSet;
/** A Hubble region: the shared HubbleRegion. */
export type HubbleInput = HubbleRegion;

/**
 * What Fig. 2 and the bound table embed in their pages: the shared FigureData without the
 * momentum-transfer windows (each limit carries its own |q| range) and the paper's set id.
 */
export type LimitsData = Omit<FigureData, 'experiments' | 'paperSetId'>;

/** The view choices shared by Fig. 2 and the bound table. */
export interface LimitsViewState {
  treatment: BoundTreatment;
  set: string;
  /** Width of the g−2 band in σ. */
  sigma: number;
  /** Z′ mass range of the g−2 band, MeV (0 < mmin ≤ mmax). */
  mmin: number;
  mmax: number;
  whatif: readonly WhatIfLimit[];
}

/** One limit applied to one flavour. */
export interface BoundRow {
  /** Limit id, with ':mu'/':tau' appended when the limit covers both flavours. */
  key: string;
  limit: LimitInput;
  flavor: Flavor;
  gmaxSigned: number;
  gmaxSymmetric: number;
  /** g_max under the state's treatment. */
  gmax: number;
  /** |q_ν| at g_max (the horizontal line of Fig. 2), units of e. */
  cap: number;
}

/** Couplings that explain Δa_μ over the chosen mass range. */
export interface Gm2Band {
  set: AnomalySet;
  /** min over the masses of the lower edge (0 when a ceiling). */
  lower: number;
  /** max over the masses of the upper edge. */
  upper: number;
  /** central couplings at mmin and mmax. */
  centralMin: number;
  centralMax: number;
  /** True when value − nσ ≤ 0: the set only caps g. */
  isCeiling: boolean;
}

/** The hypothetical limits of a state as LimitInputs. */
export function whatIfInputs(whatif: readonly WhatIfLimit[]): LimitInput[] {
  return whatif.map((w) => ({
    id: w.id,
    label: `${w.name} (hypothetical, ν_${w.flavor === 'mu' ? 'μ' : 'τ'})`,
    short: `${w.name} (hyp.)`,
    flavors: [w.flavor],
    lower: w.lower,
    upper: w.upper,
    cl: w.cl,
    kind: w.kind,
    paperCouplingBound: null,
    inPaperFigure: false,
    hypothetical: true,
  }));
}

/**
 * Every (limit, flavour) pair with its bounds, in data order then what-if order.
 * @param flavorFilter 'both' keeps all pairs; 'mu' or 'tau' keeps that flavour's
 */
export function boundRows(limits: readonly LimitInput[], treatment: BoundTreatment, flavorFilter: Flavor | 'both' = 'both'): BoundRow[] {
  return limits.flatMap((limit) =>
    limit.flavors
      .filter((flavor) => flavorFilter === 'both' || flavor === flavorFilter)
      .map((flavor) => {
        const interval = { flavor, lower: limit.lower, upper: limit.upper };
        const gmaxSigned = couplingBound(interval, 'signed');
        const gmaxSymmetric = couplingBound(interval, 'symmetric');
        const gmax = treatment === 'signed' ? gmaxSigned : gmaxSymmetric;
        return {
          key: limit.flavors.length > 1 ? `${limit.id}:${flavor}` : limit.id,
          limit,
          flavor,
          gmaxSigned,
          gmaxSymmetric,
          gmax,
          cap: Math.abs(neutrinoMillicharge(gmax, flavor)),
        };
      }),
  );
}

/**
 * The g−2 band over m_Z′ ∈ [mmin, mmax]. The coupling that gives a fixed Δa_μ grows with m_Z′
 * (eq. (6): the loop function falls with m_Z′), so the union of the bands over the range is
 * [lower(mmin), upper(mmax)].
 * @throws RangeError for an unknown set id or invalid masses
 */
export function gm2Band(data: LimitsData, state: Pick<LimitsViewState, 'set' | 'sigma' | 'mmin' | 'mmax'>): Gm2Band {
  const set = data.sets.find((s) => s.id === state.set);
  if (!set) throw new RangeError(`set must be one of ${data.sets.map((s) => s.id).join(', ')}, got ${JSON.stringify(state.set)}`);
  if (!(state.mmin <= state.mmax)) throw new RangeError(`mmin must not exceed mmax, got ${state.mmin} > ${state.mmax}`);
  const atMin = couplingBandForDeltaAmu(set, state.sigma, state.mmin);
  const atMax = couplingBandForDeltaAmu(set, state.sigma, state.mmax);
  return {
    set,
    lower: atMin.lower,
    upper: atMax.upper,
    centralMin: atMin.central,
    centralMax: atMax.central,
    isCeiling: atMin.isCeiling,
  };
}

/** All limits of the data plus the state's hypothetical ones. */
export function allLimits(data: LimitsData, state: Pick<LimitsViewState, 'whatif'>): LimitInput[] {
  return [...data.limits, ...whatIfInputs(state.whatif)];
}
