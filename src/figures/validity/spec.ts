/**
 * The validity explorer's chart as a Plot spec: the largest coupling g an experiment allows against
 * the Z′ mass, on log–log axes. One spec for the build-time render and the browser redraw.
 *
 * A redraw should fit in a frame, so marks that do not change with the control just moved are
 * built once and reused (Plot marks may be passed to any number of plot() calls): the mass axis
 * and grid always, the coupling axis per range, the curves per experiment/treatment and per value
 * set. Axes are explicit marks for that reason; they draw what Plot's implicit axes would.
 * Shaded bands are Plot.line outlines with a fill, not Plot.areaY: an SVG path is filled as if
 * closed, so the browser needs no code for Plot's area mark and its stack transform.
 */
import * as Plot from '@observablehq/plot';
import { formatPowerOfTen } from '../shared/format';
import { decades } from '../shared/log-axis';
import { boundCurve, chartBand, couplingDomain, logLogOutline, type BoundPoint, type CurvePoint } from './curves';
import type { BandPoint } from '../shared/gm2-band';
import { memo, weakMemo } from '../shared/memo';
import { VALIDITY_MASS_MAX_MEV, VALIDITY_MASS_MIN_MEV, type ValidityState } from './state';
import { validityOutputs, type ValidityData } from './view';

/** Colours (Okabe–Ito, legible on light and dark backgrounds). */
export const VALIDITY_COLORS = { bound: '#0072b2', band: '#d55e00', constant: 'currentColor' } as const;

const HIDDEN = { ariaHidden: 'true' } as const;

/** Below this chart width (px) the mass axis labels every third decade so they do not collide. */
const NARROW_CHART = 480;

/** Mass ticks: every decade, or every third on a narrow chart. */
export function massTicks(width: number): number[] {
  return decades(VALIDITY_MASS_MIN_MEV, VALIDITY_MASS_MAX_MEV, width < NARROW_CHART ? 3 : 1);
}

/** Grid and axis of one log scale with ticks at the given powers of ten, as Plot's implicit ones (grid hidden from assistive technology, tick labels not). */
function logAxis(scale: 'x' | 'y', ticks: number[], label: string): Plot.Markish[] {
  const tickFormat = formatPowerOfTen;
  return scale === 'x'
    ? [Plot.gridX(ticks), Plot.axisX(ticks, { tickFormat, label, labelAnchor: 'center' })]
    : [Plot.gridY(ticks), Plot.axisY(ticks, { tickFormat, label })];
}

/** The mass axis (x) and its grid, one per tick density. */
const massAxis = memo(
  (width: number): Plot.Markish[] => logAxis('x', massTicks(width), 'Z′ mass (MeV)'),
  (width) => width < NARROW_CHART,
);

/** The coupling axis (y) and its grid for a range of two powers of ten. */
const couplingAxis = memo(
  ([lo, hi]: [number, number]): Plot.Markish[] => logAxis('y', decades(lo, hi), 'largest allowed coupling g'),
  ([lo, hi]) => `${lo}:${hi}`,
);

/**
 * How far, in decades of g, a drawn curve may stray from its samples: 0.001 decades is under
 * 0.1 px even on the tallest decade the chart draws (a 4-decade axis 336 px high).
 */
const DRAW_TOLERANCE_DECADES = 0.001;

/** One quantity of a sampled curve, with only the samples needed to draw it (see logLogOutline). */
function drawn<T extends { m: number }>(points: readonly T[], g: (p: T) => number): CurvePoint[] {
  return logLogOutline(
    points.map((p) => ({ m: p.m, g: g(p) })),
    DRAW_TOLERANCE_DECADES,
  );
}

/** The outline of the region between two curves: along the lower one, back along the upper one. */
function between(lower: readonly CurvePoint[], upper: readonly CurvePoint[]): CurvePoint[] {
  return [...lower, ...upper.toReversed()];
}

/** The bound with the propagator at the largest |q| (solid), the smallest (dashed), shaded between. */
const boundCurveMarks = weakMemo((curve: readonly BoundPoint[]): Plot.Markish[] => {
  const best = drawn(curve, (p) => p.best);
  const worst = drawn(curve, (p) => p.worst);
  return [
    Plot.line(between(best, worst), { x: 'm', y: 'g', fill: VALIDITY_COLORS.bound, fillOpacity: 0.18, ...HIDDEN }),
    Plot.line(worst, { x: 'm', y: 'g', stroke: VALIDITY_COLORS.bound, strokeWidth: 1, strokeDasharray: '3,3', ...HIDDEN }),
    Plot.line(best, { x: 'm', y: 'g', stroke: VALIDITY_COLORS.bound, strokeWidth: 2.5, ...HIDDEN }),
  ];
});

/** The (g−2) band with its central line, or a dashed ceiling where the set only caps g. */
const gm2Marks = weakMemo((band: readonly BandPoint[]): Plot.Markish[] =>
  band.some((b) => b.isCeiling)
    ? [
        Plot.line(
          drawn(band, (p) => p.upper),
          { x: 'm', y: 'g', stroke: VALIDITY_COLORS.band, strokeWidth: 2, strokeDasharray: '6,3', ...HIDDEN },
        ),
      ]
    : [
        Plot.line(
          between(
            drawn(band, (p) => p.lower),
            drawn(band, (p) => p.upper),
          ),
          { x: 'm', y: 'g', fill: VALIDITY_COLORS.band, fillOpacity: 0.35, ...HIDDEN },
        ),
        Plot.line(
          drawn(band, (p) => p.central),
          { x: 'm', y: 'g', stroke: VALIDITY_COLORS.band, strokeWidth: 1, ...HIDDEN },
        ),
      ],
);

/** The chart as two layers: the axes, fixed for a coupling range and chart size, and the data. */
export interface ValidityLayers {
  /** Plot options without marks: size, margins, style and both scales (domains fixed). */
  options: Plot.PlotOptions;
  /**
   * The coupling axis, then the mass axis, each with its grid: beneath the data, in the order
   * Plot draws its implicit axes. Equal keys, identical drawings (see figures/validity/draw.ts).
   */
  axes: { key: string; marks: Plot.Markish[] }[];
  /** The bound curves, the (g−2) band, the constant bound and the marker. */
  marks: Plot.Markish[];
}

/**
 * The effective-bound chart for a state, in layers ({@link validitySpec} joins them).
 * @param state a valid state
 * @param data from validityData() (figures/validity/data.server.ts) at build time, the page's embedded copy in the browser
 * @param size chart width and height in px
 */
export function validityLayers(state: ValidityState, data: ValidityData, { width = 640, height = 400 } = {}): ValidityLayers {
  const out = validityOutputs(state, data);
  const domain = couplingDomain(state, data);
  const here = { m: state.m, g: out.boundAtQMax };
  return {
    options: {
      width,
      height,
      // Every margin explicit: Plot's defaults depend on which axes a plot has, and the layers are drawn apart.
      marginTop: 20,
      marginLeft: 56,
      marginRight: 16,
      marginBottom: 44,
      style: { background: 'transparent', color: 'currentColor', fontSize: '12px' },
      x: { type: 'log', domain: [VALIDITY_MASS_MIN_MEV, VALIDITY_MASS_MAX_MEV] },
      // Clamped, so a curve above the top of the range runs along the frame instead of leaving it
      // (no clip paths, whose ids Plot numbers across renders).
      y: { type: 'log', domain, clamp: true },
    },
    axes: [
      { key: `y ${width}×${height} ${domain.join('–')}`, marks: couplingAxis(domain) },
      { key: `x ${width}×${height}`, marks: massAxis(width) },
    ],
    marks: [
      Plot.ruleY([out.constantBound], { stroke: VALIDITY_COLORS.constant, strokeDasharray: '5,4', strokeOpacity: 0.8, ...HIDDEN }),
      ...gm2Marks(chartBand(out.set)),
      ...boundCurveMarks(boundCurve(state, data)),
      Plot.ruleX([here], { x: 'm', stroke: 'currentColor', strokeDasharray: '2,2', className: 'validity-marker', ...HIDDEN }),
      Plot.dot([here], { x: 'm', y: 'g', r: 5, fill: 'currentColor', className: 'validity-marker-dot', ...HIDDEN }),
    ],
  };
}

/**
 * Plot options for the effective-bound chart: the build renders these; the browser draws the same
 * layers with drawValidityChart (figures/validity/draw.ts), which gives the same SVG.
 * @param state a valid state
 * @param data from validityData() (figures/validity/data.server.ts) at build time, the page's embedded copy in the browser
 * @param size chart width and height in px
 */
export function validitySpec(state: ValidityState, data: ValidityData, size: { width?: number; height?: number } = {}): Plot.PlotOptions {
  const { options, axes, marks } = validityLayers(state, data, size);
  return { ...options, marks: [...axes.flatMap((axis) => axis.marks), ...marks] };
}
