/**
 * Fig. 2's layout for the width it gets: the paper's frame (FIG2_FRAME, limit labels in a right
 * margin) from 540 px up, and below that a compact one for phones, down to 260 px: labels inside
 * the plot at its left edge, every other decade of g ticked, all text 12 px. The height and the
 * vertical margins stay those of FIG2_FRAME, so the labels' dodging (fig2View, in px per decade of
 * |q|) holds at every width.
 */
import type { ChartSize } from '../shared/descriptor';
import { FIG2_FRAME } from './view';

/** Columns narrower than this get the compact layout (px). */
export const FIG2_COMPACT_BELOW = 540;
/** The compact layout's smallest text (px). */
export const COMPACT_FONT_SIZE = 12;
/** The narrowest chart Fig. 2 lays out (px). */
export const FIG2_MIN_WIDTH = 260;

/** How Fig. 2 is drawn at one size. */
export interface Fig2Layout {
  width: number;
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
  /** Limit labels inside the plot, fewer g ticks, no text under 11 px. */
  compact: boolean;
}

/**
 * The chart size for a column width: the column's width between 260 and 720 px (720 when unknown),
 * at FIG2_FRAME's height.
 * @param width the column's width in CSS px (Infinity: the widest chart)
 */
export function fig2Size(width: number): ChartSize {
  const w = Number.isFinite(width) ? Math.max(FIG2_MIN_WIDTH, Math.min(FIG2_FRAME.width, Math.round(width))) : FIG2_FRAME.width;
  return { width: w, height: FIG2_FRAME.height };
}

/** The layout of a chart size (fig2Size); the default is the paper's full frame. */
export function fig2Layout({ width, height }: ChartSize = FIG2_FRAME): Fig2Layout {
  const { marginTop, marginRight, marginBottom, marginLeft } = FIG2_FRAME;
  if (width >= FIG2_COMPACT_BELOW) return { width, height, marginTop, marginRight, marginBottom, marginLeft, compact: false };
  return { width, height, marginTop, marginRight: 14, marginBottom, marginLeft: 50, compact: true };
}
