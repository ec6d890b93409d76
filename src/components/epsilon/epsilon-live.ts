/**
 * Browser side of the kinetic-mixing calculator, loaded lazily (it brings Plot and the loop
 * integral): draws the ε(q²)/ε(0) chart and builds readout and downloads for the controller.
 */
import * as Plot from '@observablehq/plot';
import { labelChart } from '../../figures/shared/chart-label';
import { epsilonChartLabel, epsilonChartSpec, epsilonOutputs, epsilonReadout, ratioCurve } from '../../figures/epsilon/spec';
import type { EpsilonState } from '../../figures/epsilon/state';
import { buildCsv, buildJson, type ExportColumn, type ExportMeta } from '../../figures/shared/export';

export { epsilonReadout, epsilonChartLabel };
export { couplingError, epsilonSchema, q2Error } from '../../figures/epsilon/state';
export { parseDecimal, sameState } from '../../figures/shared/url-state';

/** Draws the chart for a valid state with the page's document. */
export function drawEpsilonChart(state: EpsilonState, width: number): SVGSVGElement {
  const height = width < 560 ? Math.round(width * 0.7) : 300;
  const svg = Plot.plot(epsilonChartSpec(state, { width, height })) as unknown as SVGSVGElement;
  labelChart(svg, epsilonChartLabel(state));
  return svg;
}

const COLUMNS: ExportColumn[] = [
  { key: 'q2', header: 'q2_MeV2' },
  { key: 'ratio', header: 'epsilon_q2_over_epsilon_0' },
];

function meta(state: EpsilonState, generatedAt: string): ExportMeta {
  const out = epsilonOutputs(state);
  return {
    quantity: 'Running kinetic mixing ε(q²)/ε(0) of the L_mu−L_tau model (full one-loop expression; eq. 5 of arXiv:2308.05720 at q² = 0)',
    units: 'q² in MeV² (metric +−−−, spacelike negative); ratio dimensionless',
    sources: [
      { label: 'Alok, Chundawat, Mandal (the paper), eq. (5)', arxiv: '2308.05720' },
      { label: 'Escudero, Hooper, Krnjaic, Pierre (paper ref. [23])', arxiv: '1901.02010' },
      { label: 'PDG 2024 masses; CODATA 2022 α' },
    ],
    dataVersion: 'constants: PDG 2024 (m_mu, m_tau), CODATA 2022 (alpha)',
    generatedAt,
    extra: {
      g: String(state.g),
      'q2_MeV2 chosen': String(state.q2),
      'epsilon eq. (5)': String(out.epsilonEq5),
      'epsilon full one-loop at q2': String(out.epsilonFull),
      'ratio at q2': String(out.ratio),
      'q_nu_mu / e at q2': String(out.chargeMu),
      'q_nu_tau / e at q2': String(out.chargeTau),
    },
  };
}

/** CSV of the ratio curve with the chosen state's outputs in the header. */
export function epsilonCsv(state: EpsilonState, generatedAt: string): string {
  return buildCsv(meta(state, generatedAt), COLUMNS, ratioCurve());
}

/** JSON of the same. */
export function epsilonJson(state: EpsilonState, generatedAt: string): string {
  return buildJson(meta(state, generatedAt), COLUMNS, ratioCurve());
}
