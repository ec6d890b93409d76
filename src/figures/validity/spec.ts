/**
 * The validity explorer's chart: the largest coupling g an experiment allows against the Z′ mass,
 * on log–log axes, as keyed layers of the shared figure model (src/figures/shared/descriptor.ts):
 * the axes (per coupling range and chart size), the curves (per experiment, treatment and value
 * set) and the marker (drawn on every redraw). The build renders the layers as one Plot spec; the
 * browser draws each keyed layer once and copies it, so a mass change redraws only the marker.
 * Axes are explicit marks for that reason; they draw what Plot's implicit axes would. The bound
 * takes its experiment's colour from the limit-style registry, as in the other figures.
 * Shaded bands are Plot.line outlines with a fill, not Plot.areaY: an SVG path is filled as if
 * closed, so the browser needs no code for Plot's area mark and its stack transform.
 */
import * as Plot from '@observablehq/plot';
import { formatPowerOfTen } from '../shared/format';
import { decades } from '../shared/log-axis';
import { boundCurve, chartBand, couplingDomain, logLogOutline, type BoundPoint, type CurvePoint } from './curves';
import { flatSpec, type ChartLayer, type ChartSize, type LayeredSpec } from '../shared/descriptor';
import type { BandPoint } from '../shared/gm2-band';
import { limitLook } from '../shared/limit-style';
import { memo, weakMemo } from '../shared/memo';
import { VALIDITY_MASS_MAX_MEV, VALIDITY_MASS_MIN_MEV, type ValidityState } from './state';
import { validityOutputs, type ValidityData, type ValidityExperiment } from './view';

/** The (g−2) band's colour (Okabe–Ito vermilion, as in Fig. 2 and the g−2 explorer). */
export const VALIDITY_BAND_COLOR = '#d55e00';

/** The colour of an experiment's bound: its limit's colour in the shared registry (a CSS variable with light and dark values). */
export function boundColor(experiment: ValidityExperiment): string {
  return limitLook(experiment).color;
}

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

/** The bound with the propagator at the largest |q| (solid), the smallest (dashed), shaded between, in the experiment's colour. */
const boundCurveMarks = weakMemo(
  (curve: readonly BoundPoint[], color: string): Plot.Markish[] => {
    const best = drawn(curve, (p) => p.best);
    const worst = drawn(curve, (p) => p.worst);
    return [
      Plot.line(between(best, worst), { x: 'm', y: 'g', fill: color, fillOpacity: 0.18, ...HIDDEN }),
      Plot.line(worst, { x: 'm', y: 'g', stroke: color, strokeWidth: 1, strokeDasharray: '3,3', ...HIDDEN }),
      Plot.line(best, { x: 'm', y: 'g', stroke: color, strokeWidth: 2.5, ...HIDDEN }),
    ];
  },
  (color) => color,
);

/** The (g−2) band with its central line, or a dashed ceiling where the set only caps g. */
const gm2Marks = weakMemo((band: readonly BandPoint[]): Plot.Markish[] =>
  band.some((b) => b.isCeiling)
    ? [
        Plot.line(
          drawn(band, (p) => p.upper),
          { x: 'm', y: 'g', stroke: VALIDITY_BAND_COLOR, strokeWidth: 2, strokeDasharray: '6,3', ...HIDDEN },
        ),
      ]
    : [
        Plot.line(
          between(
            drawn(band, (p) => p.lower),
            drawn(band, (p) => p.upper),
          ),
          { x: 'm', y: 'g', fill: VALIDITY_BAND_COLOR, fillOpacity: 0.35, ...HIDDEN },
        ),
        Plot.line(
          drawn(band, (p) => p.central),
          { x: 'm', y: 'g', stroke: VALIDITY_BAND_COLOR, strokeWidth: 1, ...HIDDEN },
        ),
      ],
);

/**
 * The axes layer of a coupling range and chart width: the coupling axis, then the mass axis, each
 * with its grid, in the order Plot draws its implicit axes (one object per range and tick density,
 * so it keys its drawing).
 */
const axesLayer = memo(
  (domain: [number, number], width: number): ChartLayer => {
    const marks = [...couplingAxis(domain), ...massAxis(width)];
    const layer: ChartLayer = { marks: () => marks };
    return Object.assign(layer, { key: layer });
  },
  ([lo, hi], width) => `${lo}:${hi}:${width < NARROW_CHART}`,
);

/** The curves layer of an experiment, treatment and value set: the constant bound, the (g−2) band and the bound curves. */
const curvesLayer = weakMemo(
  (data: ValidityData, state: ValidityState): ChartLayer => {
    const out = validityOutputs(state, data);
    const marks = [
      Plot.ruleY([out.constantBound], { stroke: 'currentColor', strokeDasharray: '5,4', strokeOpacity: 0.8, ...HIDDEN }),
      ...gm2Marks(chartBand(out.set)),
      ...boundCurveMarks(boundCurve(state, data), boundColor(out.experiment)),
    ];
    const layer: ChartLayer = { marks: () => marks };
    return Object.assign(layer, { key: layer });
  },
  (state) => `${state.exp}|${state.treatment}|${state.set}`,
);

/** The chart's size for the width it gets: 640 × 400, or on a narrower column its width (at least 280 px) and a taller aspect. */
export function validitySize(width: number): ChartSize {
  if (!(width > 0) || width >= 640) return { width: 640, height: 400 };
  const w = Math.max(260, Math.round(width));
  return { width: w, height: Math.round(Math.max(300, w * 0.8)) };
}

/**
 * The effective-bound chart for a state, as keyed layers (see the module comment).
 * @param state a valid state
 * @param data from validityData() (figures/validity/data.server.ts) at build time, the page's embedded copy in the browser
 * @param size chart width and height in px
 */
export function validityChart(state: ValidityState, data: ValidityData, { width, height }: ChartSize = validitySize(Infinity)): LayeredSpec {
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
    optionsKey: domain.join(':'),
    layers: [
      axesLayer(domain, width),
      curvesLayer(data, state),
      {
        marks: () => [
          Plot.ruleX([here], { x: 'm', stroke: 'currentColor', strokeDasharray: '2,2', className: 'validity-marker', ...HIDDEN }),
          Plot.dot([here], { x: 'm', y: 'g', r: 5, fill: 'currentColor', className: 'validity-marker-dot', ...HIDDEN }),
        ],
      },
    ],
  };
}

/** The whole chart as one Plot spec (what the build renders). */
export function validitySpec(state: ValidityState, data: ValidityData, size?: ChartSize): Plot.PlotOptions {
  return flatSpec(validityChart(state, data, size));
}
