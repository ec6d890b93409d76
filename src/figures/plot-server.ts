/**
 * Build-time rendering of a Plot spec to an SVG string, so every figure is readable before (or
 * without) JavaScript. Plot draws into linkedom's document; the browser later redraws the same
 * spec with its own document and swaps the SVG node.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Options for {@link renderPlotSvg}. */
export interface RenderOptions {
  /** Text alternative for the whole chart, set as aria-label on the root <svg role="img">. */
  ariaLabel: string;
}

/**
 * Marks a rendered chart as one image for assistive technology: role="img" and aria-label on the
 * root <svg>, and drops the aria-labels Plot puts on inner groups. Works on the <svg> itself or a <figure> that Plot wraps around it. Used by the
 * server and the browser render alike.
 * @returns the <svg> element that was labelled
 */
export function labelChart(node: Element, ariaLabel: string): Element {
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error('labelChart: the rendered chart contains no <svg>');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', ariaLabel);
  // Inside role="img" the parts are presentational; Plot's <g aria-label="y-axis tick"> would
  // only trip accessibility checkers (aria-label on an element without a role).
  for (const part of svg.querySelectorAll('[aria-label]')) part.removeAttribute('aria-label');
  return svg;
}

/**
 * Renders Plot options to SVG markup with a server-side DOM.
 * Deterministic for deterministic options: Plot's class name is fixed and these figures use no
 * clip paths, so two renders of one spec give identical strings.
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
