/**
 * Browser side of the g−2 explorer, loaded lazily (it brings Plot): draws the chart with the
 * page's document, moves only the marker when the mass changes, and builds readout, legend,
 * table rows and downloads for the controller.
 */
import * as Plot from '@observablehq/plot';
import { labelChart } from './chart-label';
import { gm2ChartLabel, gm2ChartSpec, markerPoint, bandFor } from './gm2-explorer';
import { gm2DataFromFiles, valueSetOf, type Gm2Data } from './gm2-explorer-data';
import type { Gm2State } from './gm2-explorer-state';
import { whatIfCeilings } from './gm2-explorer-table';
import type { WhatIfLimit } from './what-if';

export { gm2Readout } from './gm2-readout';
export { gm2Legend, gm2BandRows, gm2Csv, gm2Json, gm2FileStem, formatCoupling, TABLE_MASSES_MEV } from './gm2-explorer-table';
export { shownBounds } from './gm2-explorer-data';
export { gm2Schema } from './gm2-explorer-state';
export { whatIfParam } from './what-if';
export { parseState } from './url-state';
export { formatSci } from './format';

const fileData = gm2DataFromFiles();

/** The data with the reader's hypothetical limits added. */
export function dataWith(whatIf: readonly WhatIfLimit[]): Gm2Data {
  return whatIf.length === 0 ? fileData : { ...fileData, limits: [...fileData.limits, ...whatIfCeilings(whatIf)] };
}

type Scale = { apply(value: number): number };
type PlotSvg = SVGSVGElement & { scale(name: 'x' | 'y'): Scale | undefined };

/** A drawn chart that can move its marker without redrawing. */
export interface DrawnChart {
  svg: SVGSVGElement;
  /** Moves the marker line and dot to `state.m` and relabels the chart; false if the chart has no marker. */
  moveMarker(state: Gm2State, data: Gm2Data): boolean;
}

/** Draws the chart for a state with the page's document. */
export function drawChart(state: Gm2State, data: Gm2Data, width: number): DrawnChart {
  const height = width < 560 ? Math.round(width * 0.9) : 480;
  const svg = Plot.plot(gm2ChartSpec(state, data, { width, height })) as unknown as PlotSvg;
  labelChart(svg, gm2ChartLabel(state, data));
  const x = svg.scale('x');
  const y = svg.scale('y');
  return {
    svg,
    moveMarker(next, nextData) {
      const line = svg.querySelector('.gm2-marker line');
      const dot = svg.querySelector('.gm2-marker-dot circle');
      if (!x || !y || !line || !dot) return false;
      const point = markerPoint(next, bandFor(next, nextData), valueSetOf(next, nextData));
      const px = String(x.apply(point.m));
      line.setAttribute('x1', px);
      line.setAttribute('x2', px);
      dot.setAttribute('cx', px);
      dot.setAttribute('cy', String(y.apply(point.g)));
      svg.setAttribute('aria-label', gm2ChartLabel(next, nextData));
      return true;
    },
  };
}
