/**
 * Fig. 2 live as a figure descriptor (src/figures/shared/descriptor.ts): |q_ν| against g with the
 * model line, the chosen limits, the Hubble regions and the g−2 band, in keyed layers (spec.ts); its
 * legend (legend.ts), "Show data" table, downloads (export.ts) and the sources it cites.
 */
import type { FigureDescriptor } from '../shared/descriptor';
import { h } from '../shared/dom';
import { fig2Chart } from './spec';
import { fig2Schema, type Fig2State } from './state';
import { fig2Description, fig2View } from './view';
import { fig2Size } from './layout';
import { FIG2_COLUMNS, FIG2_TABLE_COLUMNS, fig2Cell, fig2FileStem, fig2Meta, fig2Rows } from './export';
import { fig2CiteKeys } from './cite';
import { bandLegend, limitsLegend, whatIfLegend, type Fig2LegendView } from './legend';
import type { LimitsData } from './limits-view';

/** Fig. 2's view of a state: fig2View with the state and data it was made from. */
export type Fig2FigureView = Fig2LegendView;

/** The "Show data" table: the numbers behind the view, one row per model point, limit and band. */
function dataTable(doc: Document, view: Fig2FigureView): Element {
  const rows = fig2Rows(view).map((row) =>
    h(doc, 'tr', { class: row.disputed ? 'fig2-disputed' : undefined }, ...FIG2_TABLE_COLUMNS.map((c) => h(doc, 'td', {}, fig2Cell(row[c.key], c.key)))),
  );
  return h(
    doc,
    'table',
    {},
    h(doc, 'caption', { class: 'visually-hidden' }, 'Numbers behind Fig. 2 (g dimensionless, charges in units of e)'),
    h(doc, 'thead', {}, h(doc, 'tr', {}, ...FIG2_TABLE_COLUMNS.map((c) => h(doc, 'th', { scope: 'col' }, c.header)))),
    h(doc, 'tbody', {}, ...rows),
  );
}

export const fig2Figure: FigureDescriptor<Fig2State, LimitsData, Fig2FigureView> = {
  name: 'fig2',
  schema: fig2Schema,
  view: (state, data) => ({ ...fig2View(state, data), state, data }),
  // The column's width, 260–720 px; under 540 px the compact layout (layout.ts).
  size: fig2Size,
  chart: (view, size) => fig2Chart(view, view.state, size),
  // The chart follows every part of the state, nothing else.
  chartKey: ({ state }) => JSON.stringify(state),
  describe: (view) => fig2Description(view, view.state),
  fragments: { legend: limitsLegend, whatif: whatIfLegend, band: bandLegend, data: dataTable },
  download: {
    columns: FIG2_COLUMNS,
    rows: fig2Rows,
    meta: (view, generatedAt) => fig2Meta(view, view.state, view.data, generatedAt),
    fileStem: ({ state }) => fig2FileStem(state),
  },
  cite: fig2CiteKeys,
};
