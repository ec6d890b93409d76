/**
 * Browser-side rendering of a Plot spec: the counterpart of figures/shared/plot.server.ts with the page's own
 * document. Controllers import this module dynamically (it pulls in Plot), never statically.
 */
import * as Plot from '@observablehq/plot';
import { labelChart } from './chart-label';

/**
 * Renders Plot options to a DOM node, labelled as one image (role="img", aria-label).
 * @returns Plot's <svg> (or <figure> if the spec adds a legend or title)
 */
export function renderPlotNode(options: Plot.PlotOptions, { ariaLabel }: { ariaLabel: string }): Element {
  const node = Plot.plot(options) as unknown as Element;
  labelChart(node, ariaLabel);
  return node;
}
