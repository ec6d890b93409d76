/**
 * The g−2 explorer as a figure descriptor (src/figures/shared/descriptor.ts): the (m_Z′, g) plane
 * with the Δa_μ band of eq. (6), the millicharge ceilings of eq. (8) (the reader's hypothetical
 * limits included) and the Hubble regions in keyed layers, so a marker move redraws only the
 * marker; the readout, legend and data tables as fragments (fragments.ts).
 */
import type { FigureDescriptor } from '../shared/descriptor';
import { weakMemo } from '../shared/memo';
import { gm2ChartLayers, gm2Description, moveMarker } from './spec';
import { shownBounds, type Gm2Data } from './model';
import { gm2Readout, type Gm2Readout } from './readout';
import { GM2_COLUMNS, gm2BandRows, gm2ExportMeta, gm2FileStem, whatIfCeilings } from './table';
import { gm2Schema, type Gm2FigureState } from './state';
import { bandTableFragment, boundTableFragment, legendFragment, readoutFragment } from './fragments';
import type { WhatIfLimit } from '../fig2/what-if';

/** What the explorer shows for a state: the state, the data with its hypothetical limits, and the readout at the marker. */
export interface Gm2View {
  state: Gm2FigureState;
  /** The page's data with the state's hypothetical limits added (one object per list, so memos keyed on it hold). */
  data: Gm2Data;
  readout: Gm2Readout;
}

/** Chart width limits in px: never wider than the build-time chart, never so narrow that labels shrink below 11 px. */
const MIN_WIDTH = 260;
const MAX_WIDTH = 760;

/** Chart height for a width: 480 px on wide screens, nearly square on phones. */
export function chartHeight(width: number): number {
  return width < 560 ? Math.round(width * 0.9) : 480;
}

/**
 * The data with the reader's hypothetical limits added: the same object for the same list, so the
 * bounds, band and layer drawings kept per data object are reused across redraws.
 * @param data the data embedded in the page at build time (gm2DataFromFiles)
 */
export const dataWith = weakMemo(
  (data: Gm2Data, whatIf: readonly WhatIfLimit[]): Gm2Data => (whatIf.length === 0 ? data : { ...data, limits: [...data.limits, ...whatIfCeilings(whatIf)] }),
  (whatIf) => JSON.stringify(whatIf),
);

export const gm2Figure: FigureDescriptor<Gm2FigureState, Gm2Data, Gm2View> = {
  name: 'gm2',
  schema: (data) =>
    gm2Schema(
      data.sets.map((s) => s.id),
      data.defaultSetId,
    ),
  view: (state, fileData) => {
    const data = dataWith(fileData, state.whatif ?? []);
    return { state, data, readout: gm2Readout(state, data) };
  },
  size: (width) => {
    const w = Number.isFinite(width) ? Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.round(width))) : MAX_WIDTH;
    return { width: w, height: chartHeight(w) };
  },
  chart: ({ state, data }, size) => gm2ChartLayers(state, data, size),
  // Every choice shows in the chart (the mass as the marker only: its layer alone is redrawn).
  chartKey: ({ state }) => JSON.stringify([state.m, state.set, state.sigma, state.treatment, state.flavor, state.whatif ?? []]),
  // A mass change moves the marker's line and dot: no Plot render in a slider drag.
  moveLast: (svg, { state, data }) => moveMarker(svg, state, data),
  describe: ({ state, data }) => gm2Description(state, data),
  fragments: {
    readout: readoutFragment,
    legend: legendFragment,
    bands: bandTableFragment,
    bounds: boundTableFragment,
  },
  // The legend and the band table do not follow the marker.
  fragmentKeys: {
    legend: ({ state }) => JSON.stringify([state.set, state.sigma, state.treatment, state.flavor, state.whatif ?? []]),
    bands: ({ state }) => `${state.set}|${state.sigma}`,
  },
  download: {
    columns: GM2_COLUMNS,
    rows: ({ state, data }) => gm2BandRows(state, data),
    meta: ({ state, data }, generatedAt) => gm2ExportMeta(state, data, generatedAt),
    fileStem: ({ state }) => gm2FileStem(state),
  },
  // The paper, eq. (6) (refs [23], [75]), the value set, the bounds shown and the Hubble regions.
  cite: ({ state, data }) => [
    'paper',
    'eq6',
    `set:${state.set}`,
    ...shownBounds(data.limits, state.flavor, state.treatment).map((b) => `limit:${b.limit.id}`),
    ...data.hubble.map((r) => `hubble:${r.id}`),
  ],
};
