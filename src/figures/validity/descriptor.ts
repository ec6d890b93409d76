/**
 * The validity explorer as a figure descriptor (src/figures/shared/descriptor.ts): for a millicharge
 * limit and a Z′ mass, how much of the eq. (8) charge the experiment sees and the bound on g that
 * follows, with the chart of that bound against m_Z′, the readout, and a table by decade of mass.
 * Browser-safe: the data come in as the plain {@link ValidityData} the page embeds.
 */
import type { FigureDescriptor } from '../shared/descriptor';
import { validityExportMeta, validityRows, VALIDITY_COLUMNS } from './export';
import { dataFragment, readoutFragment, swatchFragment, type ValidityView } from './fragments';
import { validityChart, validitySize } from './spec';
import { validitySchema, type ValidityState } from './state';
import { validityChartLabel, validityOutputs, type ValidityData } from './view';

export type { ValidityView };

export const validityFigure: FigureDescriptor<ValidityState, ValidityData, ValidityView> = {
  name: 'validity',
  schema: (data) =>
    validitySchema(
      data.experiments.map((e) => e.id),
      data.sets.map((s) => s.id),
      data.defaultSetId,
    ),
  view: (state, data) => ({ state, data, out: validityOutputs(state, data) }),
  size: validitySize,
  chart: ({ state, data }, size) => validityChart(state, data, size),
  // The chart shows the whole state.
  chartKey: ({ state }) => `${state.exp}|${state.m}|${state.treatment}|${state.set}`,
  describe: ({ state, data }) => validityChartLabel(state, data),
  fragments: { readout: readoutFragment, swatch: swatchFragment, data: dataFragment },
  download: {
    columns: VALIDITY_COLUMNS,
    rows: ({ state, data }) => validityRows(state, data),
    meta: ({ state, data }, generatedAt) => validityExportMeta(state, data, generatedAt),
    fileStem: ({ state }) => `validity-${state.exp}-m${state.m}-${state.treatment}`,
  },
  // The paper, the chosen limit's analysis and the chosen (g−2) value set.
  cite: ({ state }) => ['paper', `exp:${state.exp}`, `set:${state.set}`],
};
