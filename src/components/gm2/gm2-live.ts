/**
 * Browser side of the g−2 explorer, loaded lazily (it brings Plot): draws the chart with the
 * page's document, then updates it in place (changed layers, the marker), and builds readout, legend,
 * table rows and downloads for the controller. The data arrive from the page (embedded at build
 * time), never from src/data.
 */
import { labelChart } from '../../figures/shared/chart-label';
import { bandFor, gm2ChartLabel, gm2ChartLayers, markerPoint } from '../../figures/gm2/spec';
import { valueSetOf, type Gm2Data } from '../../figures/gm2/model';
import type { Gm2State } from '../../figures/gm2/state';
import { whatIfCeilings } from '../../figures/gm2/table';
import { layeredCharts } from '../../figures/shared/layered-chart';
import type { WhatIfLimit } from '../../figures/fig2/what-if';

export { gm2Description } from '../../figures/gm2/spec';
export { gm2Readout } from '../../figures/gm2/readout';
export { boundCells, gm2Legend, gm2BandRows, gm2Csv, gm2Json, gm2FileStem, formatCoupling, ratioCells, TABLE_MASSES_MEV } from '../../figures/gm2/table';
export { shownBounds } from '../../figures/gm2/model';
export { gm2Schema } from '../../figures/gm2/state';
export { whatIfParam } from '../../figures/fig2/what-if';
export { parseState, sameState } from '../../figures/shared/url-state';

/**
 * The data with the reader's hypothetical limits added.
 * @param fileData the data embedded in the page at build time (gm2DataFromFiles)
 */
export function dataWith(fileData: Gm2Data, whatIf: readonly WhatIfLimit[]): Gm2Data {
  return whatIf.length === 0 ? fileData : { ...fileData, limits: [...fileData.limits, ...whatIfCeilings(whatIf)] };
}

type Scale = { apply(value: number): number };
type PlotSvg = SVGSVGElement & { scale(name: 'x' | 'y'): Scale | undefined };

/** A drawn chart that follows the state in place. */
export interface DrawnChart {
  svg: SVGSVGElement;
  /**
   * Brings the chart to a new state without replacing it: redraws the layers that changed (band,
   * bounds), moves the marker and relabels the chart.
   * @returns false when it cannot (another width): draw a new chart instead
   */
  update(state: Gm2State, data: Gm2Data, width: number): boolean;
}

/** Chart height for a width: 480 px on wide screens, nearly square on phones. */
export function chartHeight(width: number): number {
  return width < 560 ? Math.round(width * 0.9) : 480;
}

/** The layered-chart drawer of the current width and document (its layer drawings are kept). */
let drawer: { width: number; doc?: Document; draw: ReturnType<typeof layeredCharts> } | undefined;

/**
 * Draws the chart for a state. Layers already drawn at this width (axes, Hubble regions, a value
 * set's band, a flavour's bounds) are copied, not drawn again (figures/shared/layered-chart.ts).
 * @param doc the document to draw into (the page's by default)
 */
export function drawChart(state: Gm2State, data: Gm2Data, width: number, doc?: Document): DrawnChart {
  const size = { width, height: chartHeight(width) };
  const { options, layers } = gm2ChartLayers(state, data, size);
  if (drawer?.width !== width || drawer.doc !== doc) drawer = { width, doc, draw: layeredCharts(doc ? { ...options, document: doc } : options) };
  const chart = drawer.draw(layers);
  const svg = chart.svg as PlotSvg;
  labelChart(svg, gm2ChartLabel(state, data));
  const x = svg.scale('x');
  const y = svg.scale('y');
  return {
    svg,
    update(next, nextData, nextWidth) {
      const line = svg.querySelector('.gm2-marker line');
      const dot = svg.querySelector('.gm2-marker-dot circle');
      if (nextWidth !== width || !x || !y || !line || !dot) return false;
      chart.update(gm2ChartLayers(next, nextData, size).layers);
      const point = markerPoint(next, bandFor(next, nextData), valueSetOf(next, nextData));
      const px = String(x.apply(point.m));
      line.setAttribute('x1', px);
      line.setAttribute('x2', px);
      dot.setAttribute('cx', px);
      dot.setAttribute('cy', String(y.apply(point.g)));
      // Also drops the aria-labels Plot put on the redrawn layers' groups.
      labelChart(svg, gm2ChartLabel(next, nextData));
      return true;
    },
  };
}
