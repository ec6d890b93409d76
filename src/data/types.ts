/**
 * Types of the data files in src/data, mirroring src/data/schema/*.schema.json.
 * Charges in units of e, masses and momenta in MeV, anomalies in units of `scale`.
 */

/** The `meta` block every data file starts with. */
export interface DataMeta {
  version: string;
  /** ISO date (YYYY-MM-DD) of the last change. */
  date: string;
  description: string;
  sources: string[];
}

/** A bibliography entry of arXiv:2308.05720 with its arXiv id. */
export interface PaperReference {
  /** Number in the paper's bibliography, e.g. 72. */
  paperRef: number;
  /** arXiv identifier without prefix, e.g. "2201.10578" or "hep-ph/9903472". */
  arxiv: string;
  citation: string;
}

/**
 * The work a limit comes from: an entry of the paper's bibliography (`paperRef`) or a work the
 * site cites beyond the paper (`extraRef`, an `extra-…` id in references.json); exactly one of
 * the two is set.
 */
export interface LimitReference {
  paperRef?: number;
  extraRef?: string;
  /** arXiv identifier without prefix, e.g. "2201.10578" or "hep-ph/9310283". */
  arxiv: string;
  citation: string;
}

export type LimitFlavor = 'mu' | 'tau';
/**
 * observed: a measurement's direct bound; projection: a future sensitivity; indirect: derived from
 * another measured quantity; astro: from stellar or cosmological observation.
 */
export type LimitKind = 'observed' | 'projection' | 'indirect' | 'astro';

/** One experimental interval on a neutrino millicharge (millicharge-limits.json). */
export interface MillichargeLimit {
  id: string;
  experiment: string;
  label: string;
  /** Flavours the interval applies to (each separately). */
  flavors: LimitFlavor[];
  /** Allowed q_ν in units of e; lower ≤ 0 ≤ upper. */
  interval: { lower: number; upper: number };
  units: 'e';
  /** Confidence level as a fraction (0.9), or null when no source states it. */
  cl: number | null;
  /** Where the CL was read, or which sources leave it out. */
  clSource: string;
  kind: LimitKind;
  process: string;
  reference: LimitReference;
  source: string;
  note: string;
  /** The coupling bound the paper quotes from this limit, or null. */
  paperCouplingBound: number | null;
  showInPaperFigure: boolean;
  /**
   * Set when the entry is kept only to reproduce the paper and its value is contradicted by the
   * sources: why. Every view labels such a limit "as quoted by the paper, disputed".
   */
  disputed?: string;
}

export interface MillichargeLimitsFile {
  meta: DataMeta;
  limits: MillichargeLimit[];
}

/** A value with its 1σ uncertainty and source, in units of the file's `scale`. */
export interface SourcedMeasurement {
  value: number;
  sigma: number;
  source: string;
}

/** One Δa_μ value set (g-minus-2.json). */
export interface GMinus2Set {
  id: string;
  label: string;
  year: number;
  experiment: SourcedMeasurement | null;
  theory: SourcedMeasurement | null;
  statedDifference: SourcedMeasurement | null;
  usedByPaper: boolean;
  source: string;
  note: string;
}

export interface GMinus2File {
  meta: DataMeta;
  /** Multiplier from the stored numbers to dimensionless a_μ (1e-11). */
  scale: number;
  defaultSetId: string;
  paperSetId: string;
  sets: GMinus2Set[];
}

/** A positive range [min, max]. */
export interface PositiveRange {
  min: number;
  max: number;
}

/** A region of the (m_Z′, g) plane that eases the Hubble tension (hubble-regions.json). */
export interface HubbleRegion {
  id: string;
  label: string;
  mZprimeMeV: PositiveRange;
  coupling: PositiveRange;
  usedByPaper: boolean;
  reference: PaperReference;
  source: string;
  note: string;
}

export interface HubbleRegionsFile {
  meta: DataMeta;
  regions: HubbleRegion[];
}

/** Typical momentum transfer of the measurements behind some limits (momentum-transfer.json). */
export interface MomentumTransfer {
  id: string;
  /** ids of entries in millicharge-limits.json. */
  limitIds: string[];
  label: string;
  recoil: string;
  /** |q| range in MeV, or null when no single scattering momentum applies. */
  momentumTransferMeV: PositiveRange | null;
  estimate: boolean;
  justification: string;
  source: string;
}

export interface MomentumTransferFile {
  meta: DataMeta;
  entries: MomentumTransfer[];
}

/** A number with the source it was read from. */
export interface SourcedValue {
  value: number;
  source: string;
}

/**
 * Oscillation inputs for the joint (correlated q_νμ = −q_ντ) reading of the solar-neutrino limits
 * (solar-oscillation.json). With θ13 neglected, the solar flux reaching the detector is ν_e with
 * probability P_ee and ν_μ, ν_τ with P_eμ = (1 − P_ee) cos²θ23, P_eτ = (1 − P_ee) sin²θ23.
 */
export interface SolarOscillationFile {
  meta: DataMeta;
  /** ids in millicharge-limits.json of the solar-neutrino ν–e scattering limits this applies to. */
  limitIds: string[];
  /** ν_e survival probability of the (mostly pp) solar neutrinos behind those limits. */
  survivalProbabilityEe: SourcedValue;
  /** sin²θ23 (atmospheric mixing angle). */
  sin2Theta23: SourcedValue;
  /** The approximation made, in words. */
  approximation: string;
}

/**
 * A published analysis with the full Z′ exchange (z-exchange-analyses.json): the Z′ mass up to which
 * it reaches the (g−2)_μ region, as the publication states it.
 */
export interface ZExchangeAnalysis {
  id: string;
  experiment: string;
  /** observed: from published data; projection: a future sensitivity. */
  kind: 'observed' | 'projection';
  /** How massMeV bounds the masses: below (m_Z′ < massMeV), up-to (≤), beyond (extends past it). */
  reach: 'below' | 'up-to' | 'beyond';
  /** The Z′ mass the publication states, MeV. */
  massMeV: number;
  process: string;
  /** The work (an extra-… entry of references.json) and its arXiv id. */
  reference: { extraRef: string; arxiv: string };
  /** Where the number was read, with the exact phrase quoted. */
  source: string;
  note: string;
}

export interface ZExchangeAnalysesFile {
  meta: DataMeta;
  analyses: ZExchangeAnalysis[];
}
