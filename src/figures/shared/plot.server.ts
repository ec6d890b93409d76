/**
 * Build-time rendering of a Plot spec to an SVG string, so every figure is readable before (or
 * without) JavaScript. Plot draws into linkedom's document; the browser later redraws the same
 * spec with its own document and swaps the SVG node.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { labelChart } from './chart-label';

export { labelChart };

/** Options for {@link renderPlotSvg}. */
export interface RenderOptions {
  /** Text alternative for the whole chart, set as aria-label on the root <svg role="img">. */
  ariaLabel: string;
}

/**
 * Renders Plot options to SVG markup with a server-side DOM.
 * Deterministic for deterministic options: Plot's class name is fixed. Do not use Plot's `clip`
 * option: Plot numbers clip-path ids with a counter shared by all renders, so the markup would
 * depend on build order (no figure here uses it; clamp the data to the frame instead).
 * @param options Plot.plot options; should set width, height and `ariaHidden: 'true'` on marks (Plot types it as a string)
 * @param render {ariaLabel}: the chart's text alternative (non-empty)
 * @returns outerHTML of the root <svg> (or of Plot's <figure> when it adds a legend or title)
 */
export function renderPlotSvg(options: Plot.PlotOptions, { ariaLabel }: RenderOptions): string {
  if (!ariaLabel.trim()) throw new RangeError('renderPlotSvg needs a non-empty ariaLabel');
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  labelChart(node, ariaLabel);
  return node.outerHTML;
}
