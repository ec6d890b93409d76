/**
 * The browser's redraw of the validity chart, with its axes drawn once per coupling range and size.
 * The axes are half of what Plot draws for this chart, and a control other than the experiment
 * never changes them. Plot draws each mark into its own top-level element of the <svg> from the
 * scales and the size alone; the chart fixes both domains and every margin, so axes drawn in a
 * plot of their own are the same elements as axes drawn with the data, and copies of a kept
 * drawing can stand in for them. tests/figures/validity-draw.test.ts checks the result against
 * validitySpec's single render, byte for byte.
 */
import * as Plot from '@observablehq/plot';
import { labelChart } from './chart-label';
import type { ValidityLayers } from './validity-chart';

/** Kept axes drawings per document (the page's, or a test's) and axes key. */
const axesDrawings = new WeakMap<Document, Map<string, readonly Element[]>>();

/** The top-level elements Plot draws for some marks, without the <style> every plot carries. */
function drawnMarks(options: Plot.PlotOptions, marks: Plot.Markish[]): { svg: Element; parts: Element[] } {
  const svg = Plot.plot({ ...options, marks }) as unknown as Element;
  return { svg, parts: [...svg.children].filter((node) => node.tagName.toLowerCase() !== 'style') };
}

/** Plot options for drawing one layer alone: Plot's implicit axes off (the axes are a layer). */
function layerOptions(layers: ValidityLayers, document: Document): Plot.PlotOptions {
  const { x, y } = layers.options;
  return { ...layers.options, x: { ...x, axis: null }, y: { ...y, axis: null }, document };
}

/** The kept axes drawing for `layers.axesKey`, drawn now if there is none yet. */
function axesDrawing(layers: ValidityLayers, document: Document): readonly Element[] {
  let kept = axesDrawings.get(document);
  if (!kept) axesDrawings.set(document, (kept = new Map()));
  let axes = kept.get(layers.axesKey);
  if (!axes) kept.set(layers.axesKey, (axes = drawnMarks(layerOptions(layers, document), layers.axes).parts));
  return axes;
}

/**
 * Draws the axes of `layers` ahead of need (the controller does so for every experiment while the
 * browser is idle), so that the first redraw with them is as quick as the next ones.
 */
export function prepareValidityChart(layers: ValidityLayers, document: Document = globalThis.document): void {
  axesDrawing(layers, document);
}

/**
 * Draws the chart of `layers` as one labelled <svg role="img">: Plot draws the data, and a copy of
 * the kept axes drawing for `layers.axesKey` goes beneath them.
 * @param layers from validityLayers
 * @param ariaLabel the chart's text alternative
 * @param document the document to draw in (default: the page's)
 */
export function drawValidityChart(layers: ValidityLayers, ariaLabel: string, document: Document = globalThis.document): Element {
  const axes = axesDrawing(layers, document);
  const { svg, parts } = drawnMarks(layerOptions(layers, document), layers.marks);
  const beneath = parts[0] ?? null;
  for (const part of axes) svg.insertBefore(part.cloneNode(true), beneath);
  return labelChart(svg, ariaLabel);
}
