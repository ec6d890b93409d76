/**
 * The Hubble-tension regions as rectangles, drawn alike in every (m_Z′, g) chart: the paper's region
 * filled, the other (not used by the paper) only outlined and dashed, so colour is not the only cue.
 */
import * as Plot from '@observablehq/plot';

/** Fill of the Hubble regions (also the legend swatch). */
export const HUBBLE_COLOR = '#56b4e9';
/** Outline of the region the paper does not use (darker, for contrast with the page). */
export const HUBBLE_OTHER_STROKE = '#2b7fc0';
export const HUBBLE_OTHER_DASH = '4,2';

/** A region as drawn: its mass and coupling corners and whether the paper uses it. */
export interface HubbleBox {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  usedByPaper: boolean;
}

/** The two rectangle marks of a list of regions (the caller adds the names). */
export function hubbleRects(boxes: readonly HubbleBox[]): Plot.Markish[] {
  const box = { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: HUBBLE_COLOR, ariaHidden: 'true' } as const;
  return [
    Plot.rect(
      boxes.filter((b) => b.usedByPaper),
      { ...box, fillOpacity: 0.35, stroke: HUBBLE_COLOR, strokeWidth: 1.5 },
    ),
    Plot.rect(
      boxes.filter((b) => !b.usedByPaper),
      { ...box, fillOpacity: 0.06, stroke: HUBBLE_OTHER_STROKE, strokeWidth: 1.8, strokeDasharray: HUBBLE_OTHER_DASH },
    ),
  ];
}
