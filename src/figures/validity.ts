/**
 * The validity explorer: where a millicharge limit, read through eq. (8), still bounds g once the
 * Z′ has a mass. The experiment sees q_ν · Q²/(Q² + m_Z′²) at momentum transfer Q = |q|, so its
 * bound on g weakens by √(1 + m_Z′²/Q²) (src/physics/validity.ts).
 *
 * Pure: the component renders {@link validitySpec} at build time and the browser redraws the same
 * spec. Inputs come from src/data (limits, momentum-transfer estimates, g−2 value sets); formulas
 * from src/physics only.
 */
import * as Plot from '@observablehq/plot';
import { deltaAmuOf, gMinus2, millichargeLimits, momentumTransfer } from '../data';
import {
  couplingBandForDeltaAmu,
  couplingBound,
  effectiveChargeFactor,
  effectiveCouplingBound,
  spacelikeQ2,
  type ChargedNeutrinoFlavor,
  type CouplingBand,
  type MillichargeInterval,
} from '../physics/index';
import type { ExportColumn, ExportMeta, ExportRow } from './export';
import { formatPowerOfTen, formatSci } from './format';
import { VALIDITY_MASS_MAX_MEV, VALIDITY_MASS_MIN_MEV, type ValidityState } from './validity-state';

/** One limit the explorer can test, joined with the momentum transfer of its measurement. */
export interface ValidityExperiment {
  /** Limit id in millicharge-limits.json. */
  id: string;
  label: string;
  /** The flavour whose interval sets g (the stronger one for a limit on both). */
  flavor: ChargedNeutrinoFlavor;
  interval: MillichargeInterval;
  kind: string;
  /** |q| range of the measurement in MeV (momentum-transfer.json). */
  qMinMeV: number;
  qMaxMeV: number;
  /** How that range was estimated, and from what. */
  recoil: string;
  justification: string;
  arxiv: string;
  paperRef: number | null;
}

/** A g−2 value set as the explorer uses it: Δa_μ and σ, dimensionless. */
export interface ValiditySet {
  id: string;
  label: string;
  value: number;
  sigma: number;
  /** Where the set's numbers come from (free text with arXiv ids). */
  source: string;
}

/** Everything the explorer reads from src/data. */
export interface ValidityData {
  experiments: readonly ValidityExperiment[];
  sets: readonly ValiditySet[];
  defaultSetId: string;
  /** Versions of the data files used, for exports. */
  dataVersion: string;
}

/**
 * A data number with as many significant figures as it was written with, at most 3:
 * formatData(0.03) === '0.03', formatData(20) === '20', formatData(2.5e-7) === '2.5 × 10⁻⁷'.
 */
export function formatData(x: number): string {
  let digits = 1;
  while (digits < 3 && Number(x.toPrecision(digits)) !== x) digits++;
  return formatSci(x, digits);
}

/** Width of the (g−2) band in σ: 1σ, as the paper's red band. */
export const VALIDITY_BAND_SIGMA = 1;

/** The limits that have a momentum-transfer range, in the order of millicharge-limits.json. */
export function validityData(): ValidityData {
  const experiments: ValidityExperiment[] = [];
  for (const limit of millichargeLimits.limits) {
    const entry = momentumTransfer.entries.find((e) => e.limitIds.includes(limit.id));
    const range = entry?.momentumTransferMeV;
    if (!entry || !range) continue;
    const { lower, upper } = limit.interval;
    // For a limit on both flavours, the flavour with the smaller g_max (identical for symmetric intervals).
    const flavor = [...limit.flavors].sort(
      (a, b) => couplingBound({ flavor: a, lower, upper }, 'signed') - couplingBound({ flavor: b, lower, upper }, 'signed'),
    )[0];
    experiments.push({
      id: limit.id,
      label: limit.label,
      flavor,
      interval: { flavor, lower, upper },
      kind: limit.kind,
      qMinMeV: range.min,
      qMaxMeV: range.max,
      recoil: entry.recoil,
      justification: entry.justification,
      arxiv: limit.reference.arxiv,
      paperRef: limit.reference.paperRef ?? null,
    });
  }
  return {
    experiments,
    sets: gMinus2.sets.map((s) => ({ id: s.id, label: s.label, ...deltaAmuOf(s.id), source: s.source })),
    defaultSetId: gMinus2.paperSetId,
    dataVersion: `millicharge-limits ${millichargeLimits.meta.version}, momentum-transfer ${momentumTransfer.meta.version}, g-minus-2 ${gMinus2.meta.version}`,
  };
}

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
  /** g_max from eq. (8) at q² = 0: the paper's constant bound. */
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
  const regime: ValidityRegime =
    factorAtQMin >= CHARGE_PICTURE_FACTOR ? 'charge' : factorAtQMax < 1 - CHARGE_PICTURE_FACTOR ? 'suppressed' : 'transition';
  return {
    experiment,
    set,
    factorAtQMin,
    factorAtQMax,
    constantBound: couplingBound(interval, state.treatment),
    boundAtQMax: effectiveCouplingBound(interval, state.treatment, state.m, q2Max),
    boundAtQMin: effectiveCouplingBound(interval, state.treatment, state.m, q2Min),
    band: couplingBandForDeltaAmu(set, VALIDITY_BAND_SIGMA, state.m),
    regime,
  };
}

/** One sentence on what the bound at this mass does to the (g−2) couplings. */
export function bandVerdict(out: ValidityOutputs, mass: number): string {
  const at = `at ${formatData(mass)} MeV`;
  const { band, boundAtQMax, boundAtQMin } = out;
  if (band.isCeiling) {
    return `With this value set (g−2) only caps the coupling ${at}: g ≤ ${formatSci(band.upper, 2)} at 1σ; there is no band to exclude.`;
  }
  const range = `${formatSci(band.lower, 2)}–${formatSci(band.upper, 2)}`;
  if (band.lower > boundAtQMin) return `The (g−2) couplings ${at} (${range}) lie above even the weakest reading of this bound: excluded.`;
  if (band.lower > boundAtQMax) {
    return `The (g−2) couplings ${at} (${range}) lie above the bound at the largest |q| but not at the smallest: excluded if the top of the recoil window dominates, as it does once the Z′ is much heavier than |q|.`;
  }
  if (band.upper < boundAtQMax) return `The (g−2) couplings ${at} (${range}) lie below even the strongest reading of this bound: allowed by this experiment.`;
  return `The bound ${at} cuts through the (g−2) band (${range}): part of it survives.`;
}

/** Z′ masses (MeV) of the curves: `perDecade` log-spaced points from 10⁻⁶ to 10³ MeV. */
export function massGrid(perDecade: number): number[] {
  const lo = Math.log10(VALIDITY_MASS_MIN_MEV);
  const hi = Math.log10(VALIDITY_MASS_MAX_MEV);
  const n = Math.round((hi - lo) * perDecade);
  return Array.from({ length: n + 1 }, (_, i) => 10 ** (lo + ((hi - lo) * i) / n));
}

/** Bound curves: g_max with the propagator at the largest and smallest |q|, per mass. */
export function boundCurve(state: ValidityState, data: ValidityData, perDecade = 20): { m: number; best: number; worst: number }[] {
  const { experiment } = selected(state, data);
  const q2Max = spacelikeQ2(experiment.qMaxMeV);
  const q2Min = spacelikeQ2(experiment.qMinMeV);
  return massGrid(perDecade).map((m) => ({
    m,
    best: effectiveCouplingBound(experiment.interval, state.treatment, m, q2Max),
    worst: effectiveCouplingBound(experiment.interval, state.treatment, m, q2Min),
  }));
}

const bandCache = new Map<string, { m: number; lower: number; upper: number; central: number; isCeiling: boolean }[]>();

/** The ±1σ (g−2) band across the chart's masses (cached per value set: eq. (6) is a quadrature). */
export function bandCurve(set: ValiditySet, perDecade = 8): { m: number; lower: number; upper: number; central: number; isCeiling: boolean }[] {
  const key = `${set.id}:${set.value}:${set.sigma}:${perDecade}`;
  let rows = bandCache.get(key);
  if (!rows) {
    rows = massGrid(perDecade).map((m) => ({ m, ...couplingBandForDeltaAmu(set, VALIDITY_BAND_SIGMA, m) }));
    bandCache.set(key, rows);
  }
  return rows;
}

/** Powers of ten from lo to hi inclusive (both powers of ten), every `step`-th decade. */
function decades(lo: number, hi: number, step = 1): number[] {
  const out: number[] = [];
  for (let e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e += step) out.push(10 ** e);
  return out;
}

/** Below this chart width (px) the mass axis labels every third decade so they do not collide. */
const NARROW_CHART = 480;

/** Largest coupling the chart shows: beyond g ≈ 1 the model is no longer perturbative anyway. */
const CHART_MAX_COUPLING = 10;

/** The chart's coupling range: a decade below the constant bound up to the top of the curves. */
export function couplingDomain(state: ValidityState, data: ValidityData): [number, number] {
  const out = validityOutputs({ ...state, m: VALIDITY_MASS_MAX_MEV }, data);
  const band = bandCurve(out.set);
  const top = Math.max(out.boundAtQMin, ...band.map((b) => b.upper));
  const lo = 10 ** Math.floor(Math.log10(out.constantBound / 3));
  const hi = Math.min(CHART_MAX_COUPLING, 10 ** Math.ceil(Math.log10(top * 1.5)));
  return [lo, Math.max(hi, lo * 100)];
}

/** Colours (Okabe–Ito, legible on light and dark backgrounds). */
export const VALIDITY_COLORS = { bound: '#0072b2', band: '#d55e00', constant: 'currentColor' } as const;

/** Text alternative of the chart for a state. */
export function validityChartLabel(state: ValidityState, data: ValidityData): string {
  const out = validityOutputs(state, data);
  const e = out.experiment;
  return (
    `Log–log chart of the largest coupling g allowed by ${e.label} against the Z′ mass from 10⁻⁶ to 10³ MeV. ` +
    `The paper's constant bound, g = ${formatSci(out.constantBound)}, is a horizontal line. With the Z′ propagator the bound stays ` +
    `on that line for masses well below the measurement's momentum transfer (${formatData(e.qMinMeV)}–${formatData(e.qMaxMeV)} MeV) ` +
    `and rises in proportion to the mass above it; a shaded band between the two readings spans the |q| range. ` +
    `The (g−2) couplings of the ${out.set.label} value set are drawn as a second band. ` +
    `Marker at m_Z′ = ${formatData(state.m)} MeV, where the bound is ${formatSci(out.boundAtQMax)} at the largest |q|.`
  );
}

/**
 * Plot options for the effective-bound chart.
 * @param state a valid state
 * @param data from {@link validityData}
 * @param size chart width and height in px
 */
export function validitySpec(state: ValidityState, data: ValidityData, { width = 640, height = 400 } = {}): Plot.PlotOptions {
  const out = validityOutputs(state, data);
  const curve = boundCurve(state, data);
  const band = bandCurve(out.set);
  const [yLo, yHi] = couplingDomain(state, data);
  const ceiling = band.some((b) => b.isCeiling);
  const here = { m: state.m, g: out.boundAtQMax };
  const bandMarks = ceiling
    ? [Plot.line(band, { x: 'm', y: 'upper', stroke: VALIDITY_COLORS.band, strokeWidth: 2, strokeDasharray: '6,3', ariaHidden: 'true' })]
    : [
        Plot.areaY(band, { x: 'm', y1: 'lower', y2: 'upper', fill: VALIDITY_COLORS.band, fillOpacity: 0.35, ariaHidden: 'true' }),
        Plot.line(band, { x: 'm', y: 'central', stroke: VALIDITY_COLORS.band, strokeWidth: 1, ariaHidden: 'true' }),
      ];
  return {
    width,
    height,
    marginLeft: 56,
    marginRight: 16,
    marginBottom: 44,
    style: { background: 'transparent', color: 'currentColor', fontSize: '12px' },
    x: {
      type: 'log',
      domain: [VALIDITY_MASS_MIN_MEV, VALIDITY_MASS_MAX_MEV],
      ticks: decades(VALIDITY_MASS_MIN_MEV, VALIDITY_MASS_MAX_MEV, width < NARROW_CHART ? 3 : 1),
      tickFormat: formatPowerOfTen,
      label: 'Z′ mass (MeV)',
      labelAnchor: 'center',
      grid: true,
    },
    y: {
      type: 'log',
      domain: [yLo, yHi],
      ticks: decades(yLo, yHi),
      tickFormat: formatPowerOfTen,
      label: 'largest allowed coupling g',
      grid: true,
      clamp: true,
    },
    marks: [
      Plot.ruleY([out.constantBound], { stroke: VALIDITY_COLORS.constant, strokeDasharray: '5,4', strokeOpacity: 0.8, ariaHidden: 'true' }),
      ...bandMarks,
      Plot.areaY(curve, { x: 'm', y1: 'best', y2: 'worst', fill: VALIDITY_COLORS.bound, fillOpacity: 0.18, clip: true, ariaHidden: 'true' }),
      Plot.line(curve, { x: 'm', y: 'worst', stroke: VALIDITY_COLORS.bound, strokeWidth: 1, strokeDasharray: '3,3', clip: true, ariaHidden: 'true' }),
      Plot.line(curve, { x: 'm', y: 'best', stroke: VALIDITY_COLORS.bound, strokeWidth: 2.5, clip: true, ariaHidden: 'true' }),
      Plot.ruleX([here], { x: 'm', stroke: 'currentColor', strokeDasharray: '2,2', className: 'validity-marker', ariaHidden: 'true' }),
      Plot.dot([here], { x: 'm', y: 'g', r: 5, fill: 'currentColor', className: 'validity-marker-dot', ariaHidden: 'true' }),
    ],
  };
}

/** Masses of the data table, MeV: every decade of the chart plus the chosen mass, ascending. */
export function tableMasses(state: ValidityState): number[] {
  const masses = decades(VALIDITY_MASS_MIN_MEV, VALIDITY_MASS_MAX_MEV);
  if (!masses.some((m) => Math.abs(m / state.m - 1) < 1e-12)) masses.push(state.m);
  return masses.sort((a, b) => a - b);
}

/** Columns of the table, CSV and JSON. */
export const VALIDITY_COLUMNS: readonly ExportColumn[] = [
  { key: 'mZprimeMeV', header: 'm_Zprime_MeV' },
  { key: 'factorAtQMin', header: 'factor_at_qmin' },
  { key: 'factorAtQMax', header: 'factor_at_qmax' },
  { key: 'gConstant', header: 'g_max_constant_charge' },
  { key: 'gAtQMax', header: 'g_max_at_qmax' },
  { key: 'gAtQMin', header: 'g_max_at_qmin' },
  { key: 'gm2Lower', header: 'g_gm2_lower_1sigma' },
  { key: 'gm2Upper', header: 'g_gm2_upper_1sigma' },
];

/** Table / export rows for a state: one per {@link tableMasses}. */
export function validityRows(state: ValidityState, data: ValidityData): ExportRow[] {
  return tableMasses(state).map((m) => {
    const out = validityOutputs({ ...state, m }, data);
    return {
      mZprimeMeV: m,
      factorAtQMin: out.factorAtQMin,
      factorAtQMax: out.factorAtQMax,
      gConstant: out.constantBound,
      gAtQMax: out.boundAtQMax,
      gAtQMin: out.boundAtQMin,
      gm2Lower: out.band.isCeiling ? null : out.band.lower,
      gm2Upper: out.band.upper,
    };
  });
}

/** Export metadata for a state (generatedAt passed in, so the function stays pure). */
export function validityExportMeta(state: ValidityState, data: ValidityData, generatedAt: string): ExportMeta {
  const { experiment, set } = selected(state, data);
  return {
    quantity: `Largest coupling g allowed by ${experiment.label} for a Z′ of mass m_Z′, with the charge suppressed by Q²/(Q² + m_Z′²) (site's analysis, beyond arXiv:2308.05720)`,
    units: 'm_Zprime in MeV; factors and g dimensionless',
    status: experiment.kind,
    sources: [
      { label: `${experiment.label} millicharge interval${experiment.paperRef ? ` (paper ref. [${experiment.paperRef}])` : ''}`, arxiv: experiment.arxiv },
      { label: `momentum transfer ${formatData(experiment.qMinMeV)}–${formatData(experiment.qMaxMeV)} MeV: ${experiment.justification}` },
      { label: `(g−2) value set ${set.label}` },
    ],
    dataVersion: data.dataVersion,
    generatedAt,
    extra: { treatment: state.treatment, 'g-2 band': `±${VALIDITY_BAND_SIGMA}σ`, 'chosen mass (MeV)': String(state.m) },
  };
}

/** Column headings of the on-page data table, in the order of {@link VALIDITY_COLUMNS}. */
export const VALIDITY_TABLE_HEADINGS: readonly string[] = [
  'm_Z′ (MeV)',
  'factor at smallest |q|',
  'factor at largest |q|',
  'g_max, constant charge',
  'g_max at largest |q|',
  'g_max at smallest |q|',
  '(g−2) g, lower (1σ)',
  '(g−2) g, upper (1σ)',
];

/** A table cell: numbers in scientific notation, null as an em dash. */
export function formatCell(value: number | string | boolean | null | undefined): string {
  if (typeof value === 'number') return formatSci(value, 3);
  if (value === null || value === undefined) return '—';
  return String(value);
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
    { key: 'q', label: 'Momentum transfer of the measurement', value: `|q| ≈ ${formatData(e.qMinMeV)} – ${formatData(e.qMaxMeV)} MeV` },
    { key: 'factor', label: 'Charge seen, relative to the q² = 0 charge', value: `${formatSci(out.factorAtQMin, 2)} (smallest |q|) to ${formatSci(out.factorAtQMax, 2)} (largest |q|)` },
    { key: 'constant', label: 'Paper’s bound, constant charge', value: `g ≤ ${formatSci(out.constantBound)}` },
    { key: 'best', label: 'Bound with the Z′ propagator, largest |q|', value: `g ≤ ${formatSci(out.boundAtQMax)}` },
    { key: 'worst', label: '… at the smallest |q|', value: `g ≤ ${formatSci(out.boundAtQMin)}` },
    { key: 'band', label: `(g−2) couplings here, ±${VALIDITY_BAND_SIGMA}σ`, value: band },
  ];
}

/** One sentence on whether eq. (8) describes this experiment at this mass. */
export function regimeSentence(state: ValidityState, data: ValidityData): string {
  const out = validityOutputs(state, data);
  const e = out.experiment;
  const mass = `${formatData(state.m)} MeV`;
  if (out.regime === 'charge') return `A Z′ of ${mass} is light compared with every |q| of ${e.label}: the paper's constant-charge bound applies as it stands.`;
  const weakening = formatSci(1 / Math.sqrt(out.factorAtQMax), 2);
  if (out.regime === 'suppressed') {
    return `A Z′ of ${mass} is much heavier than the momentum ${e.label} transfers: the experiment sees at most ${formatSci(out.factorAtQMax, 2)} of the q² = 0 charge, so its bound on g weakens by at least a factor ${weakening}.`;
  }
  return `A Z′ of ${mass} is comparable to the momentum ${e.label} transfers: the bound on g weakens by at least a factor ${weakening}, more if the low recoils dominate.`;
}
