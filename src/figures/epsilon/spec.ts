/**
 * The kinetic-mixing calculator: state, outputs and the chart of ε(q²)/ε(0).
 *
 * Pure: the component renders {@link epsilonChartSpec} at build time and the browser redraws the
 * same spec. Outputs come from src/physics only: eq. (5) is `kineticMixing(g, 0)`, the full
 * one-loop ε is `kineticMixing(g, q²)`, the charges are eq. (8) at the chosen q².
 */
import * as Plot from '@observablehq/plot';
import { kineticMixing, kineticMixingRatio, MUON_PAIR_THRESHOLD_MEV2, neutrinoMillicharge } from '../../physics/index';
import type { EpsilonState } from './state';
import { formatSci, formatSignedPowerOfTen } from '../shared/format';
import { once } from '../shared/memo';

export { couplingError, epsilonSchema, q2Error, type EpsilonState } from './state';

/** Left end of the chart in MeV². */
export const CHART_MIN_Q2_MEV2 = -1e8;

/** Everything the calculator shows, all finite. */
export interface EpsilonOutputs {
  /** ε from eq. (5) (q² → 0). */
  epsilonEq5: number;
  /** ε from the full one-loop expression at q². */
  epsilonFull: number;
  /** ε(q²)/ε(0). */
  ratio: number;
  /** q_νμ/e at q² (positive: opposite in sign to the electron's charge). */
  chargeMu: number;
  /** q_ντ/e at q² (negative, like the electron's). */
  chargeTau: number;
}

/**
 * The calculator's outputs for a valid state.
 * @throws RangeError when the state is invalid (check with couplingError / q2Error first)
 */
export function epsilonOutputs({ g, q2 }: EpsilonState): EpsilonOutputs {
  return {
    epsilonEq5: kineticMixing(g, 0),
    epsilonFull: kineticMixing(g, q2),
    ratio: kineticMixingRatio(q2),
    chargeMu: neutrinoMillicharge(g, 'mu', q2),
    chargeTau: neutrinoMillicharge(g, 'tau', q2),
  };
}

/** Readout lines [label, value] in display order; the chosen flavour's charge comes first. */
export function epsilonReadout(state: EpsilonState): [string, string][] {
  const out = epsilonOutputs(state);
  const charges: [string, string][] = [
    ['q(ν_μ) / e at this q² (eq. 8)', formatSci(out.chargeMu)],
    ['q(ν_τ) / e at this q² (eq. 8)', formatSci(out.chargeTau)],
  ];
  if (state.flavor === 'tau') charges.reverse();
  return [
    ['ε at q² → 0 (eq. 5)', formatSci(out.epsilonEq5)],
    ['ε from the full one-loop expression', formatSci(out.epsilonFull)],
    ['ratio ε(q²)/ε(0)', formatSci(out.ratio, 4)],
    ...charges,
  ];
}

/** Symlog constant of the chart's x axis, MeV²: linear within ±100 MeV², logarithmic beyond. */
export const Q2_SYMLOG_CONSTANT = 100;

/** q² grid for the ratio curve: symmetric-log spaced from −10⁸ MeV² to just below threshold. */
export function ratioCurveGrid(points = 161): number[] {
  const top = MUON_PAIR_THRESHOLD_MEV2 * 0.999;
  const f = (x: number) => Math.sign(x) * Math.log1p(Math.abs(x) / Q2_SYMLOG_CONSTANT);
  const inv = (y: number) => Math.sign(y) * Q2_SYMLOG_CONSTANT * Math.expm1(Math.abs(y));
  const a = f(CHART_MIN_Q2_MEV2);
  const b = f(top);
  const grid = Array.from({ length: points }, (_, i) => inv(a + ((b - a) * i) / (points - 1)));
  grid[grid.length - 1] = top;
  return grid;
}

/** The ratio curve ε(q²)/ε(0) on {@link ratioCurveGrid}, computed once. */
export const ratioCurve = once((): { q2: number; ratio: number }[] => ratioCurveGrid().map((q2) => ({ q2, ratio: kineticMixingRatio(q2) })));

/** Tick positions of the q² axis, MeV². */
export const Q2_TICKS = [-1e8, -1e6, -1e4, 0, 1e4];

/** Text alternative of the chart for a state. */
export function epsilonChartLabel(state: EpsilonState): string {
  const ratio = kineticMixingRatio(state.q2);
  return (
    'Line chart of the running kinetic mixing ε(q²)/ε(0) against q² from −10⁸ MeV² to the muon-pair threshold. ' +
    `The ratio is 1 at q² = 0, falls towards 0 for large spacelike |q²| and rises towards the threshold. ` +
    `Marker at q² = ${formatSci(state.q2)} MeV², where the ratio is ${formatSci(ratio, 4)}.`
  );
}

/** The marks that do not depend on the state (unit line, threshold, the curve), built once and reused. */
const curveMarks = once((): Plot.Markish[] => [
  Plot.ruleY([1], { stroke: 'currentColor', strokeOpacity: 0.35, ariaHidden: 'true' }),
  Plot.ruleX([MUON_PAIR_THRESHOLD_MEV2], { stroke: '#d55e00', strokeDasharray: '4,3', ariaHidden: 'true' }),
  Plot.text([MUON_PAIR_THRESHOLD_MEV2], {
    x: (d: number) => d,
    y: 1.5,
    text: () => '4m_μ²',
    textAnchor: 'end',
    dx: -4,
    dy: 8,
    fill: 'currentColor',
    ariaHidden: 'true',
  }),
  Plot.line(ratioCurve(), { x: 'q2', y: 'ratio', stroke: '#0072b2', strokeWidth: 2, ariaHidden: 'true' }),
]);

/**
 * Plot options for the ε(q²)/ε(0) chart with a marker at the chosen q².
 * @param state a valid state
 * @param size chart width and height in px
 */
export function epsilonChartSpec(state: EpsilonState, { width = 640, height = 300 } = {}): Plot.PlotOptions {
  const here = { q2: state.q2, ratio: kineticMixingRatio(state.q2) };
  return {
    width,
    height,
    marginLeft: 52,
    marginBottom: 42,
    style: { background: 'transparent', color: 'currentColor', fontSize: '12px' },
    x: {
      type: 'symlog',
      constant: Q2_SYMLOG_CONSTANT,
      domain: [CHART_MIN_Q2_MEV2, MUON_PAIR_THRESHOLD_MEV2],
      ticks: Q2_TICKS,
      tickFormat: formatSignedPowerOfTen,
      label: 'q² (MeV²)  ← spacelike | timelike →',
      labelAnchor: 'center',
    },
    y: { domain: [0, 1.5], grid: true, label: 'ε(q²) / ε(0)', ticks: [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5], tickFormat: (d: number) => String(d) },
    marks: [
      ...curveMarks(),
      Plot.ruleX([here], { x: 'q2', stroke: 'currentColor', strokeDasharray: '2,2', className: 'eps-marker', ariaHidden: 'true' }),
      Plot.dot([here], { x: 'q2', y: 'ratio', r: 5, fill: 'currentColor', className: 'eps-marker-dot', ariaHidden: 'true' }),
    ],
  };
}

/** Rows of the data table / CSV: the curve itself, q² in MeV². */
export function epsilonTableRows(): { q2: number; ratio: number }[] {
  return ratioCurve();
}
