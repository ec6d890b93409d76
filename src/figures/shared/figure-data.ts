/**
 * The one data model of the figures: what src/data says, as plain serialisable objects (a page
 * embeds them as JSON, so the browser never loads src/data or its schemas). Built at build time by
 * figure-data.server.ts; every figure reads these types, and derives its own shapes from them only
 * where it draws something different. Units: couplings and Δa_μ dimensionless, charges in units of
 * e, masses and momenta in MeV.
 */
import type { LimitStanding } from './limit-standing';

export type Flavor = 'mu' | 'tau';
/** As in src/data/types.ts (astro: from stellar or cosmological observation). */
export type LimitKind = 'observed' | 'projection' | 'indirect' | 'astro';

/** A range of positive numbers, e.g. masses or momenta in MeV. */
export interface Range {
  min: number;
  max: number;
}

/** A millicharge limit (from src/data, or a reader's hypothetical one), with its standing. */
export interface Limit extends LimitStanding {
  id: string;
  /** Long label, e.g. 'LUX-ZEPLIN (ν_τ)'. */
  label: string;
  /** Short label for a chart, e.g. 'LZ ν_τ'. */
  short: string;
  /** The experiment's name, e.g. 'Red giants' (absent for a reader's limit). */
  experiment?: string;
  flavors: Flavor[];
  /** Allowed q_ν in units of e, lower ≤ 0 ≤ upper. */
  lower: number;
  upper: number;
  /** Confidence level as a fraction, or null when not stated. */
  cl: number | null;
  kind: LimitKind;
  /** arXiv id of the source, if any. */
  arxiv?: string;
  /** The paper's reference number, if any. */
  paperRef?: number;
  /**
   * The source's entry on the references page: its label ('[72]', '[PDG 2024]'), URL with the
   * #ref-… anchor, and the one-line description (authors, year, title) for the link's title.
   */
  reference?: { label: string; href: string; title: string };
  /**
   * The measurement's momentum transfer |q| for the momentum-dependent reading: a range in MeV, or
   * 'static' for a bound on the charge at q² → 0 (which a massive Z′ does not give the neutrino);
   * absent when none is recorded (a reader's limit).
   */
  momentumMeV?: Range | 'static';
  /** The coupling bound the paper quotes, or null. */
  paperCouplingBound: number | null;
  /** Drawn in the paper's Fig. 2 (and so shown by default). */
  inPaperFigure: boolean;
  /** A reader's what-if limit. */
  hypothetical: boolean;
}

/** A Δa_μ value set: Δa_μ and its 1σ, dimensionless. */
export interface ValueSet {
  id: string;
  label: string;
  value: number;
  sigma: number;
  usedByPaper: boolean;
  /** Where the numbers come from (free text with arXiv ids). */
  source: string;
  /** arXiv ids named in `source`. */
  arxiv: string[];
}

/** A coupling range that eases the Hubble tension, over a range of Z′ masses. */
export interface HubbleRegion {
  id: string;
  label: string;
  /** Couplings g (dimensionless). */
  min: number;
  max: number;
  /** Z′ masses, MeV. */
  masses: Range;
  usedByPaper: boolean;
  /** arXiv id and the paper's reference number of the analysis. */
  arxiv: string;
  paperRef: number;
}

/** The momentum-transfer window of the measurements behind some limits (momentum-transfer.json). */
export interface Experiment {
  id: string;
  label: string;
  /** Ids of the limits it applies to. */
  limitIds: string[];
  /** The process that sets |q|, in words. */
  recoil: string;
  /** |q| range in MeV, or null for a bound on the charge at q² → 0. */
  momentumMeV: Range | null;
  /** How the range was estimated, and from what. */
  justification: string;
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

/** Everything the figures read from src/data. */
export interface FigureData {
  limits: Limit[];
  sets: ValueSet[];
  /** The set shown by default, and the one the paper used. */
  defaultSetId: string;
  paperSetId: string;
  hubble: HubbleRegion[];
  experiments: Experiment[];
  solar: SolarInput;
  /** Versions of all the data files, see {@link dataVersion}. */
  dataVersion: string;
}

/** The data files behind the figures, in the order every data version names them. */
export const DATA_FILES = ['g-minus-2', 'millicharge-limits', 'hubble-regions', 'momentum-transfer', 'solar-oscillation'] as const;
export type DataFile = (typeof DATA_FILES)[number];

/**
 * The one format of a data version, for downloads and citations: the given files in
 * {@link DATA_FILES} order, e.g. 'g-minus-2 1.2.0, millicharge-limits 1.3.0'.
 * @param versions version per data file (files left out are not named)
 */
export function dataVersion(versions: Partial<Record<DataFile, string>>): string {
  return DATA_FILES.filter((file) => versions[file] !== undefined)
    .map((file) => `${file} ${versions[file]}`)
    .join(', ');
}
