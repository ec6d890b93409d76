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

export type Flavor = 'mu' | 'tau';
/** As in src/data/types.ts (astro: from stellar or cosmological observation). */
export type LimitKind = 'observed' | 'projection' | 'indirect' | 'astro';

/** A millicharge limit as the figures need it (from src/data, or a reader's hypothetical one). */
export interface LimitInput {
  id: string;
  /** Long label, e.g. 'LUX-ZEPLIN (ν_τ)'. */
  label: string;
  /** Short label for the chart, e.g. 'LZ ν_τ'. */
  short: string;
  flavors: Flavor[];
  /** Allowed q_ν in units of e, lower ≤ 0 ≤ upper. */
  lower: number;
  upper: number;
  /** Confidence level as a fraction, or null when not stated. */
  cl: number | null;
  kind: LimitKind;
  /** Where the CL was read, or which sources leave it out (data limits). */
  clSource?: string;
  /** arXiv id of the source, if any. */
  arxiv?: string;
  /** The paper's reference number, if any. */
  paperRef?: number;
  /**
   * The source's entry on the references page: its label ('[72]', '[PDG 2024]'), URL with the
   * #ref-… anchor, and the one-line description (authors, year, title) for the link's title.
   */
  reference?: { label: string; href: string; title: string };
  /** Why the value is disputed, for a limit kept only because the paper quotes it. */
  disputed?: string;
  /**
   * The measurement's momentum transfer |q| for the momentum-dependent reading: a range in MeV, or
   * 'static' for a bound on the charge at q² → 0 (which a massive Z′ does not give the neutrino);
   * absent when none is recorded (a reader's limit).
   */
  momentumMeV?: { min: number; max: number } | 'static';
  /** The coupling bound the paper quotes, or null. */
  paperCouplingBound: number | null;
  /** Drawn in the paper's Fig. 2 (and so shown by default). */
  inPaperFigure: boolean;
  /** A reader's what-if limit. */
  hypothetical: boolean;
}

/** A Δa_μ value set: Δa_μ and σ, dimensionless. */
export interface AnomalySet {
  id: string;
  label: string;
  value: number;
  sigma: number;
  usedByPaper: boolean;
  /** arXiv ids behind the set. */
  arxiv: string[];
}

/** A coupling range that eases the Hubble tension, over a range of Z′ masses. */
export interface HubbleInput {
  id: string;
  label: string;
  /** Couplings g (dimensionless). */
  min: number;
  max: number;
  /** Z′ masses, MeV. */
  masses: { min: number; max: number };
  usedByPaper: boolean;
  arxiv?: string;
  paperRef?: number;
}

/** The solar-neutrino limits and the oscillation inputs of their joint reading (dimensionless). */
export interface SolarInput {
  limitIds: string[];
  /** P_ee, the ν_e survival probability. */
  survivalEe: number;
  sin2Theta23: number;
  /** The approximation made, in words. */
  approximation: string;
}

/** Everything the figures read from src/data (serialisable, so pages can embed it as JSON). */
export interface LimitsData {
  limits: LimitInput[];
  sets: AnomalySet[];
  defaultSetId: string;
  hubble: HubbleInput[];
  /** Inputs of the joint μ–τ reading of the solar-neutrino limits (src/data/solar-oscillation.json). */
  solar: SolarInput;
  /** Versions of the data files, e.g. 'millicharge-limits 1.0.0; g-minus-2 1.0.0; hubble-regions 1.0.0'. */
  dataVersion: string;
}

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
