/**
 * Accessible labelling of a rendered chart, shared by the server render (figures/shared/plot.server.ts) and the
 * browser redraw. No Plot or DOM-library import, so controllers can use it cheaply.
 */

/**
 * Marks a rendered chart as one image for assistive technology: role="img" and aria-label on the
 * root <svg>, and drops the aria-labels Plot puts on inner groups. Works on the <svg> itself or a
 * <figure> that Plot wraps around it.
 * @returns the <svg> element that was labelled
 * @throws Error if the node contains no <svg>
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
