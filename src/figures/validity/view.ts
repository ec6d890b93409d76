/**
 * The validity explorer's numbers and words for a state: the suppression Q²/(Q² + m_Z′²) of the
 * charge an experiment sees (src/physics/validity.ts), the bound on g that follows, the (g−2) band
 * at the chosen mass, and the sentences, readout and chart label built from them.
 *
 * Browser-safe: the data come in as a plain {@link ValidityData} (read from src/data at build time
 * by figures/validity/data.server.ts and embedded in the page), so the browser never loads the data files or their
 * schemas. Formulas from src/physics only.
 */
import {
  couplingBound,
  effectiveChargeFactor,
  effectiveCouplingBound,
  spacelikeQ2,
  type ChargedNeutrinoFlavor,
  type CouplingBand,
  type MillichargeInterval,
} from '../../physics/index';
import type { LimitKind, ValueSet } from '../shared/figure-data';
import { formatShort, formatSci } from '../shared/format';
import { bandAt } from '../shared/gm2-band';
import { DISPUTED_WORDS, isDisputed, type LimitStanding } from '../shared/limit-standing';
import type { ValidityState } from './state';

/**
 * One limit the explorer can test, joined with the momentum transfer of its process (a scattering
 * recoil, or for the red giant a plasmon decay: see `recoil` and `justification`).
 */
export interface ValidityExperiment extends LimitStanding {
  /** Limit id in millicharge-limits.json. */
  id: string;
  label: string;
  /** The flavour whose interval sets g (the stronger one for a limit on both). */
  flavor: ChargedNeutrinoFlavor;
  interval: MillichargeInterval;
  /** Confidence level as a fraction, or null when no source states it. */
  cl: number | null;
  kind: LimitKind;
  /** |q| range of the process in MeV (momentum-transfer.json). */
  qMinMeV: number;
  qMaxMeV: number;
  /** The process that sets |q|, in words (momentum-transfer.json's `recoil`). */
  recoil: string;
  /** How the |q| range was estimated, and from what. */
  justification: string;
  arxiv: string;
  paperRef: number | null;
}

/** A g−2 value set: the shared ValueSet (figures/shared/figure-data.ts). */
export type ValiditySet = ValueSet;

/** Everything the explorer reads from src/data: plain JSON, so the page can carry it. */
export interface ValidityData {
  experiments: readonly ValidityExperiment[];
  sets: readonly ValiditySet[];
  defaultSetId: string;
  /** Versions of the data files used, for exports. */
  dataVersion: string;
}

/** Width of the (g−2) band in σ: 1σ, as the paper's red band. */
export const VALIDITY_BAND_SIGMA = 1;

/** The experiment and value set a state names (falling back to the first / default). */
export function selected(state: ValidityState, data: ValidityData): { experiment: ValidityExperiment; set: ValiditySet } {
  const experiment = data.experiments.find((e) => e.id === state.exp) ?? data.experiments[0];
  const set = data.sets.find((s) => s.id === state.set) ?? data.sets.find((s) => s.id === data.defaultSetId) ?? data.sets[0];
  return { experiment, set };
}

/** Where the chosen mass sits relative to the experiment's |q| range. */
export type ValidityRegime = 'charge' | 'transition' | 'suppressed';

/** What the explorer reports for one state; every number finite. */
export interface ValidityOutputs {
  experiment: ValidityExperiment;
  set: ValiditySet;
  /** Q²/(Q² + m²) at the low and the high end of the |q| range. */
  factorAtQMin: number;
  factorAtQMax: number;
  /** g_max from eq. (8) at q² = 0: the constant-charge bound, as the paper reads every limit. */
  constantBound: number;
  /** g_max with the Z′ propagator at the largest |q| (the strongest bound the data can give). */
  boundAtQMax: number;
  /** … and at the smallest |q| (the weakest reading). */
  boundAtQMin: number;
  /** Couplings explaining Δa_μ within ±1σ at this mass. */
  band: CouplingBand;
  regime: ValidityRegime;
}

/** Factor above which the charge picture counts as holding (the bound moves by < 0.5 %). */
const CHARGE_PICTURE_FACTOR = 0.99;

/**
 * The explorer's numbers for a state.
 * @throws RangeError from src/physics if the state is invalid (the controller checks it first)
 */
export function validityOutputs(state: ValidityState, data: ValidityData): ValidityOutputs {
  const { experiment, set } = selected(state, data);
  const { interval, qMinMeV, qMaxMeV } = experiment;
  const q2Min = spacelikeQ2(qMinMeV);
  const q2Max = spacelikeQ2(qMaxMeV);
  const factorAtQMin = effectiveChargeFactor(q2Min, state.m);
  const factorAtQMax = effectiveChargeFactor(q2Max, state.m);
  const regime: ValidityRegime = factorAtQMin >= CHARGE_PICTURE_FACTOR ? 'charge' : factorAtQMax < 1 - CHARGE_PICTURE_FACTOR ? 'suppressed' : 'transition';
  return {
    experiment,
    set,
    factorAtQMin,
    factorAtQMax,
    constantBound: couplingBound(interval, state.treatment),
    boundAtQMax: effectiveCouplingBound(interval, state.treatment, state.m, q2Max),
    boundAtQMin: effectiveCouplingBound(interval, state.treatment, state.m, q2Min),
    band: bandAt(set, VALIDITY_BAND_SIGMA, state.m),
    regime,
  };
}

/** One sentence on what the bound at this mass does to the (g−2) couplings. */
export function bandVerdict(out: ValidityOutputs, mass: number): string {
  const verdict = bandVerdictOfBound(out, mass);
  // A disputed limit (kept only to reproduce the paper) decides nothing: say so before the verdict.
  return isDisputed(out.experiment) ? `This limit is disputed (${DISPUTED_WORDS}); only if it held: ${verdict}` : verdict;
}

/** The verdict as if the bound held. */
function bandVerdictOfBound(out: ValidityOutputs, mass: number): string {
  const at = `at ${formatShort(mass)} MeV`;
  const { band, boundAtQMax, boundAtQMin } = out;
  if (band.isCeiling) {
    return `With this value set (g−2) only caps the coupling ${at}: g ≤ ${formatSci(band.upper, 2)} at 1σ; there is no band to exclude.`;
  }
  const range = `${formatSci(band.lower, 2)}–${formatSci(band.upper, 2)}`;
  if (band.lower > boundAtQMin) return `The (g−2) couplings ${at} (${range}) lie above even the weakest reading of this bound: excluded.`;
  if (band.lower > boundAtQMax) {
    return `The (g−2) couplings ${at} (${range}) lie above the bound read at the largest |q| but not at the smallest: whether they are excluded depends on which momentum transfers dominate the measurement, which this single-|q| estimate cannot settle.`;
  }
  if (band.upper < boundAtQMax) return `The (g−2) couplings ${at} (${range}) lie below even the strongest reading of this bound: this limit allows them.`;
  return `The bound ${at} cuts through the (g−2) band (${range}): part of it survives.`;
}

/** Text alternative of the chart for a state. */
export function validityChartLabel(state: ValidityState, data: ValidityData): string {
  const out = validityOutputs(state, data);
  const e = out.experiment;
  return (
    `Log–log chart of the largest coupling g allowed by ${e.label} against the Z′ mass from 10⁻⁶ to 10³ MeV. ` +
    `The constant-charge bound (the charge at q² = 0), g = ${formatSci(out.constantBound)}, is a horizontal line. With the Z′ propagator the bound stays ` +
    `on that line for masses well below the momentum transfer of its process (${formatShort(e.qMinMeV)}–${formatShort(e.qMaxMeV)} MeV) ` +
    `and rises in proportion to the mass above it; a shaded band between the two readings spans the |q| range. ` +
    `The (g−2) couplings of the ${out.set.label} value set are drawn as a second band. ` +
    `Marker at m_Z′ = ${formatShort(state.m)} MeV, where the bound is ${formatSci(out.boundAtQMax)} at the largest |q|.`
  );
}

/** One readout line: a stable key (for the DOM), a label and the formatted value. */
export interface ReadoutLine {
  key: string;
  label: string;
  value: string;
}

/** The readout for a state, shared by the server render and the browser. */
export function validityReadout(state: ValidityState, data: ValidityData): ReadoutLine[] {
  const out = validityOutputs(state, data);
  const e = out.experiment;
  const band = out.band.isCeiling
    ? `no band: g ≤ ${formatSci(out.band.upper, 2)} (ceiling)`
    : `${formatSci(out.band.lower, 2)} – ${formatSci(out.band.upper, 2)}`;
  return [
    { key: 'process', label: 'Process that sets |q|', value: e.recoil },
    { key: 'q', label: 'Momentum transfer of that process', value: `|q| ≈ ${formatShort(e.qMinMeV)} – ${formatShort(e.qMaxMeV)} MeV` },
    {
      key: 'factor',
      label: 'Charge seen, relative to the q² = 0 charge',
      value: `${formatSci(out.factorAtQMin, 2)} (smallest |q|) to ${formatSci(out.factorAtQMax, 2)} (largest |q|)`,
    },
    { key: 'constant', label: 'Bound at q² = 0 (constant charge, as the paper reads limits)', value: `g ≤ ${formatSci(out.constantBound)}` },
    { key: 'best', label: 'Bound with the Z′ propagator, largest |q|', value: `g ≤ ${formatSci(out.boundAtQMax)}` },
    { key: 'worst', label: '… at the smallest |q|', value: `g ≤ ${formatSci(out.boundAtQMin)}` },
    { key: 'band', label: `(g−2) couplings here, ±${VALIDITY_BAND_SIGMA}σ`, value: band },
  ];
}

/** One sentence on whether eq. (8) describes this experiment at this mass. */
export function regimeSentence(state: ValidityState, data: ValidityData): string {
  const out = validityOutputs(state, data);
  const e = out.experiment;
  const mass = `${formatShort(state.m)} MeV`;
  if (out.regime === 'charge')
    return `A Z′ of ${mass} is light compared with every |q| of ${e.label}: the constant-charge bound (the charge at q² = 0) applies as it stands.`;
  const weakening = formatSci(1 / Math.sqrt(out.factorAtQMax), 2);
  if (out.regime === 'suppressed') {
    return `A Z′ of ${mass} is much heavier than every |q| of ${e.label}: the charge seen in this process is at most ${formatSci(out.factorAtQMax, 2)} of the q² = 0 charge, so its bound on g weakens by at least a factor ${weakening}.`;
  }
  return `A Z′ of ${mass} is comparable to the |q| of ${e.label}: the bound on g weakens by at least a factor ${weakening}, more if the smallest momentum transfers dominate.`;
}
