/**
 * The kinetic-mixing calculator as a figure descriptor (src/figures/shared/descriptor.ts): ε(q²)/ε(0)
 * with a marker at the chosen q², the readout of eq. (5), the full one-loop ε and the charges of
 * eq. (8), and a table of the ratio at selected q².
 */
import type { FigureDescriptor } from '../shared/descriptor';
import { h } from '../shared/dom';
import { formatSci } from '../shared/format';
import { kineticMixingRatio, MUON_PAIR_THRESHOLD_MEV2 } from '../../physics/index';
import { epsilonChartLabel, epsilonChartSpec, epsilonOutputs, epsilonReadout, ratioCurve } from './spec';
import { epsilonSchema, type EpsilonState } from './state';

/** The calculator's view of a state: the state and its readout lines. */
export interface EpsilonView {
  state: EpsilonState;
  readout: [string, string][];
}

/** q² (MeV²) of the "Show data" table: both signs, up to just below the muon-pair threshold. */
export const TABLE_Q2_MEV2 = [-1e8, -1e7, -1e6, -1e5, -1e4, -1e3, -100, -10, 0, 100, 1e3, 1e4, 3e4, 4e4, 0.999 * MUON_PAIR_THRESHOLD_MEV2];

export const epsilonFigure: FigureDescriptor<EpsilonState, null, EpsilonView> = {
  name: 'epsilon',
  schema: () => epsilonSchema,
  view: (state) => ({ state, readout: epsilonReadout(state) }),
  // 640 × 300 on wide columns; narrower columns keep the text size and a taller aspect.
  size: (width) => {
    const w = Number.isFinite(width) ? Math.max(260, Math.min(680, Math.round(width))) : 640;
    return { width: w, height: w < 560 ? Math.round(w * 0.7) : 300 };
  },
  chart: ({ state }, size) => {
    const { marks, ...options } = epsilonChartSpec(state, size);
    return { options, layers: [{ marks: () => marks as never }] };
  },
  // The chart shows q² only (not g, not the flavour).
  chartKey: ({ state }) => String(state.q2),
  describe: ({ state }) => epsilonChartLabel(state),
  fragments: {
    readout: (doc, { readout }) =>
      h(
        doc,
        'dl',
        { class: 'eps-readout', 'data-readout': true },
        ...readout.map(([label, value]) => h(doc, 'div', {}, h(doc, 'dt', {}, label), h(doc, 'dd', {}, value))),
      ),
    data: (doc) =>
      h(
        doc,
        'table',
        {},
        h(doc, 'caption', {}, 'ε(q²)/ε(0) at selected q²'),
        h(doc, 'thead', {}, h(doc, 'tr', {}, ...['q² (MeV²)', 'ε(q²)/ε(0)'].map((header) => h(doc, 'th', { scope: 'col' }, header)))),
        h(
          doc,
          'tbody',
          {},
          ...TABLE_Q2_MEV2.map((q2) =>
            h(doc, 'tr', {}, h(doc, 'td', {}, formatSci(q2, 4, { plainAbove: 6 })), h(doc, 'td', {}, formatSci(kineticMixingRatio(q2), 5))),
          ),
        ),
      ),
  },
  download: {
    columns: [
      { key: 'q2', header: 'q2_MeV2' },
      { key: 'ratio', header: 'epsilon_q2_over_epsilon_0' },
    ],
    rows: () => ratioCurve(),
    meta: ({ state }, generatedAt) => {
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
    },
    fileStem: ({ state }) => `epsilon-calculator-g${state.g}-q2${state.q2}`.replace(/[.]/g, 'p'),
  },
  // Eq. (5) is taken from ref. [23]; the masses and α from PDG 2024 and CODATA 2022.
  cite: () => ['paper', 'sources'],
};
