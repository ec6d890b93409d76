/**
 * The browser's redraw of the validity chart, which touches only what changed. The axes are half
 * of what Plot draws for this chart, and only the experiment (through the coupling range) ever
 * changes one; so each axis is drawn by Plot once per key and copied from then on, and a redraw
 * of the chart in the page swaps in place the data and any axis whose key changed.
 *
 * Why copies are right: Plot draws each mark into its own top-level element of the <svg> from the
 * scales and the size alone; this chart fixes both domains and every margin, so an axis drawn in
 * a plot of its own is the same elements as drawn with the data. tests/figures/validity/draw.test.ts
 * checks every result against validitySpec's single render, byte for byte.
 */
import * as Plot from '@observablehq/plot';
import { labelChart } from '../shared/chart-label';
import { weakMemo } from '../shared/memo';
import type { ValidityLayers } from './spec';

type Layer = ValidityLayers['axes'][number];

/** What a chart drawn here shows: its size, its axes' keys, and its elements per axis and for the data. */
interface DrawnChart {
  size: string;
  axisKeys: string[];
  parts: Element[][];
}
const drawnCharts = new WeakMap<Element, DrawnChart>();

/** Plot options for drawing one layer alone: Plot's implicit axes off (the axes are layers). */
function layerOptions(layers: ValidityLayers, document: Document): Plot.PlotOptions {
  const { x, y } = layers.options;
  return { ...layers.options, x: { ...x, axis: null }, y: { ...y, axis: null }, document };
}

/** The top-level elements Plot draws for some marks, without the <style> every plot carries. */
function drawnMarks(options: Plot.PlotOptions, marks: Plot.Markish[]): { svg: Element; parts: Element[] } {
  const svg = Plot.plot({ ...options, marks }) as unknown as Element;
  return { svg, parts: [...svg.children].filter((node) => node.tagName.toLowerCase() !== 'style') };
}

/** The kept drawing of an axis, per document (the page's, or a test's) and axis key; drawn on first use. */
const keptAxis = weakMemo(
  (_document: Document, axis: Layer, options: Plot.PlotOptions): readonly Element[] => drawnMarks(options, axis.marks).parts,
  (axis) => axis.key,
);

/** Fresh copies of an axis's kept drawing, to put in a chart. */
function axisCopy(axis: Layer, options: Plot.PlotOptions, document: Document): Element[] {
  return keptAxis(document, axis, options).map((part) => part.cloneNode(true) as Element);
}

/** Puts `next` where `old` is in `svg` (before `anchor` if `old` is empty) and removes `old`. */
function swapParts(svg: Element, old: readonly Element[], next: readonly Element[], anchor: Element | null): void {
  for (const part of next) svg.insertBefore(part, old[0] ?? anchor);
  for (const part of old) part.remove();
}

/**
 * Draws the axes of `layers` ahead of need (the controller does so for every experiment while the
 * browser is idle), so that the first redraw with them is as quick as the next ones.
 */
export function prepareValidityChart(layers: ValidityLayers, document: Document = globalThis.document): void {
  const options = layerOptions(layers, document);
  for (const axis of layers.axes) keptAxis(document, axis, options);
}

/**
 * Draws the chart of `layers` as one labelled <svg role="img">: Plot draws the data; the axes are
 * copies of their kept drawings. Given the chart drawn last (`previous`, drawn here at the same
 * size), updates that chart in place instead: the data, and the axes whose key changed.
 * @param layers from validityLayers
 * @param ariaLabel the chart's text alternative
 * @returns `previous`, updated, or a new <svg> to put in the page
 */
export function drawValidityChart(
  layers: ValidityLayers,
  ariaLabel: string,
  { previous = null, document = globalThis.document }: { previous?: Element | null; document?: Document } = {},
): Element {
  const options = layerOptions(layers, document);
  const { svg, parts: data } = drawnMarks(options, layers.marks);
  const size = `${options.width}×${options.height}`;
  const drawn = previous ? drawnCharts.get(previous) : undefined;
  if (!previous || !drawn || drawn.size !== size) {
    const axes = layers.axes.map((axis) => axisCopy(axis, options, document));
    for (const part of axes.flat()) svg.insertBefore(part, data[0] ?? null);
    drawnCharts.set(svg, { size, axisKeys: layers.axes.map((axis) => axis.key), parts: [...axes, data] });
    return labelChart(svg, ariaLabel);
  }
  layers.axes.forEach((axis, i) => {
    if (axis.key === drawn.axisKeys[i]) return;
    const copy = axisCopy(axis, options, document);
    swapParts(previous, drawn.parts[i], copy, drawn.parts.slice(i + 1).flat()[0] ?? null);
    drawn.parts[i] = copy;
    drawn.axisKeys[i] = axis.key;
  });
  swapParts(previous, drawn.parts[drawn.parts.length - 1], data, null);
  drawn.parts[drawn.parts.length - 1] = data;
  return labelChart(previous, ariaLabel);
}
