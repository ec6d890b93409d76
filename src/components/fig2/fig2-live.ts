/**
 * The browser half of Fig. 2 that is needed only once the figure is live: redrawing the chart,
 * its legend, description and data table, and the downloads' text. Loaded lazily by the
 * <fig2-widget> controller (Fig2.astro) together with Plot, so the page's first load carries only
 * the small controller.
 */
import { fig2Spec } from '../../figures/fig2/spec';
import { FIG2_TABLE_COLUMNS, fig2Cell, fig2Csv, fig2FileStem, fig2Json, fig2Rows } from '../../figures/fig2/export';
import { fig2Citation as citationOf, type Fig2Bibtex } from '../../figures/fig2/cite';
import type { Fig2State } from '../../figures/fig2/state';
import { bandText, fig2Description, fig2View, legendDetail, type Fig2Line } from '../../figures/fig2/view';
import type { LimitsData } from '../../figures/fig2/limits-view';
import * as Plot from '@observablehq/plot';
import { labelChart } from '../../figures/shared/chart-label';
import { composeFig2 } from '../../figures/fig2/compose';
import { fillDataTable, replaceChart, setDescription } from '../shared/frame';

export { fig2FileStem, type Fig2Bibtex };

/** Sets an element's text only when it changes (no needless DOM mutation or relayout). */
function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** A legend entry for a reader's hypothetical limit: swatch in its line style, name, bound. */
function whatIfItem(line: Fig2Line, state: Fig2State): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.limit = line.limit.id;
  li.tabIndex = 0;
  const svgNs = 'http://www.w3.org/2000/svg';
  const swatch = document.createElementNS(svgNs, 'svg');
  swatch.setAttribute('class', 'swatch');
  swatch.setAttribute('width', '30');
  swatch.setAttribute('height', '10');
  swatch.setAttribute('aria-hidden', 'true');
  const stroke = document.createElementNS(svgNs, 'line');
  const { color, width, dash } = line.style;
  for (const [k, v] of Object.entries({ x1: '1', y1: '5', x2: '29', y2: '5', stroke: color, 'stroke-width': String(width + 0.6), 'stroke-dasharray': dash }))
    stroke.setAttribute(k, v);
  swatch.append(stroke);
  const name = document.createElement('span');
  name.className = 'fig2-legend-name';
  name.textContent = ` ${line.limit.label}`;
  const detail = document.createElement('span');
  detail.className = 'fig2-legend-detail';
  detail.textContent = legendDetail(line.limit, state);
  li.append(swatch, name, detail);
  return li;
}

/** Updates the legend's per-limit bounds, the g−2 band text and the list of hypothetical limits. */
function updateLegend(root: Element, state: Fig2State, data: LimitsData, view: ReturnType<typeof fig2View>): void {
  for (const item of root.querySelectorAll<HTMLElement>('[data-legend] li[data-limit]')) {
    const limit = data.limits.find((l) => l.id === item.dataset.limit);
    const detail = item.querySelector('[data-detail]');
    if (limit && detail) setText(detail, legendDetail(limit, state));
  }
  const band = root.querySelector('[data-band-text]');
  if (band) setText(band, bandText(view.band, state));
  const list = root.querySelector<HTMLElement>('[data-whatif-legend]');
  if (!list) return;
  const hypothetical = view.lines.filter((l) => l.limit.hypothetical);
  // Rebuilt only when the reader's limits or their bounds change, not on every redraw.
  const key = JSON.stringify(hypothetical.map((l) => [l.limit.id, l.limit.label, l.style, legendDetail(l.limit, state)]));
  if (list.dataset.key === key) return;
  list.dataset.key = key;
  list.replaceChildren(...hypothetical.map((line) => whatIfItem(line, state)));
  list.hidden = hypothetical.length === 0;
}

/** The parts of the chart that never change on the page (fig2Spec's 'fixed' part), rendered once. */
let fixedParts: Element | undefined;

/**
 * Redraws the chart (only the chart node), its description, the legend and the data table for
 * a state.
 * @param root the <fig2-widget> element; `frame` its <figure>
 */
export function redrawFig2(root: Element, frame: Element, state: Fig2State, data: LimitsData): void {
  const view = fig2View(state, data);
  const description = fig2Description(view, state);
  fixedParts ??= Plot.plot(fig2Spec(state, data, view, 'fixed')) as unknown as Element;
  const chart = composeFig2(fixedParts, Plot.plot(fig2Spec(state, data, view, 'state')) as unknown as Element);
  labelChart(chart, description);
  replaceChart(frame, chart);
  setDescription(frame, description);
  updateLegend(root, state, data, view);
  fillDataTable(frame, FIG2_TABLE_COLUMNS, () => fig2Rows(view), fig2Cell);
}

/** CSV or JSON text of what the figure shows (with the metadata header/sidecar). */
export function fig2ExportText(kind: 'csv' | 'json', state: Fig2State, data: LimitsData): string {
  const view = fig2View(state, data);
  const now = new Date().toISOString();
  return kind === 'csv' ? fig2Csv(view, state, data, now) : fig2Json(view, state, data, now);
}

/** BibTeX for the paper and every source the figure currently shows. */
export function fig2Citation(state: Fig2State, data: LimitsData, bibtex: Fig2Bibtex): string {
  return citationOf(fig2View(state, data), bibtex);
}
