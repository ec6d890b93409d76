/**
 * The marks of the landscape chart, one builder per layer: axes with the Hubble regions, the limits
 * (line, lightly shaded excluded region above it, and a name, each with its own dash), the (g−2)
 * band, and the marker at the chosen mass. Layers are built once per key (weakMemo).
 */
import * as Plot from '@observablehq/plot';
import { hubbleRects } from '../shared/hubble-marks';
import type { HubbleRegion } from '../shared/figure-data';
import { formatPowerOfTen } from '../shared/format';
import type { BandCurve } from '../shared/gm2-band';
import { memo, weakMemo } from '../shared/memo';
import type { CurvePoint, LandscapeLimit } from './curves';
import { LANDSCAPE_BAND_COLOR, LANDSCAPE_RECAST_COLOR, LANDSCAPE_RECAST_DASH } from './looks';
import type { RecastCurve } from './recast';
import { LANDSCAPE_G_MAX, LANDSCAPE_G_MIN, LANDSCAPE_MASS_MAX_MEV, LANDSCAPE_MASS_MIN_MEV } from './state';

const HIDDEN = { ariaHidden: 'true' } as const;
/** Text labels: one step below the chart's text size (11 px on the 12-px wide chart; larger in the phone layout). */
const LABEL = { fill: 'currentColor', fontSize: '0.9167em', ...HIDDEN } as const;

/** Grid and axes, wide or phone-width, built once each. */
export const axisMarks = memo((compact: boolean): Plot.Markish[] => {
  const yTicks = Array.from({ length: compact ? 7 : 14 }, (_, i) => 10 ** (compact ? 2 * i - 13 : i - 14));
  return [
    Plot.gridY({ ticks: yTicks }),
    Plot.axisY({ anchor: 'left', ticks: yTicks, tickFormat: formatPowerOfTen, label: 'coupling g', labelAnchor: 'top' }),
    Plot.axisX({
      anchor: 'bottom',
      ticks: compact ? [1e-3, 1e-1, 1e1, 1e3] : [1e-3, 1e-2, 1e-1, 1, 1e1, 1e2, 1e3, 1e4],
      tickFormat: formatPowerOfTen,
      label: 'Z′ mass m_Z′ (MeV)',
      labelAnchor: 'center',
    }),
  ];
});

/** The Hubble regions as rectangles (the paper's filled, the other outlined) with their names. */
export const hubbleMarks = weakMemo(
  (regions: readonly HubbleRegion[], compact: boolean): Plot.Markish[] => {
    const clip = (m: number) => Math.min(Math.max(m, LANDSCAPE_MASS_MIN_MEV), LANDSCAPE_MASS_MAX_MEV);
    const boxes = regions.map((r) => ({
      x1: clip(r.masses.min),
      x2: clip(r.masses.max),
      y1: r.min,
      y2: r.max,
      usedByPaper: r.usedByPaper,
      text: `Hubble region${r.usedByPaper ? ' (paper)' : ' (not in paper)'}`,
    }));
    return [
      ...hubbleRects(boxes),
      Plot.text(
        boxes.filter((b) => !compact || b.x2 / b.x1 >= 10),
        { x: 'x1', y: 'y1', text: 'text', textAnchor: 'start', dx: 3, dy: 10, ...LABEL },
      ),
    ];
  },
  (compact) => String(compact),
);

/**
 * A segment as drawn: cut at the chart's mass edges (log–log interpolation at the cut) and with g
 * held inside the chart's coupling range, so no mark leaves the frame (Plot's clip is not used,
 * see plot.server.ts).
 */
export function visiblePart(segment: readonly CurvePoint[]): { m: number; g: number }[] {
  const lo = LANDSCAPE_MASS_MIN_MEV;
  const hi = LANDSCAPE_MASS_MAX_MEV;
  const out: { m: number; g: number }[] = [];
  const at = (p: CurvePoint, q: CurvePoint, m: number) => Math.exp(Math.log(p[1]) + (Math.log(m / p[0]) / Math.log(q[0] / p[0])) * Math.log(q[1] / p[1]));
  segment.forEach((p, i) => {
    const q = segment[i - 1];
    if (q && q[0] < lo && p[0] > lo) out.push({ m: lo, g: at(q, p, lo) });
    if (q && q[0] < hi && p[0] > hi) out.push({ m: hi, g: at(q, p, hi) });
    if (p[0] >= lo && p[0] <= hi) out.push({ m: p[0], g: p[1] });
  });
  return out.map(({ m, g }) => ({ m, g: Math.min(Math.max(g, LANDSCAPE_G_MIN), LANDSCAPE_G_MAX) }));
}

/** Each limit's excluded region (lightly shaded), curve (its colour and dash) and name, built once per limits array. */
export const limitMarks = weakMemo(
  (limits: readonly LandscapeLimit[]): Plot.Markish[] =>
    limits.flatMap((limit) => {
      const parts = limit.segments.map(visiblePart).filter((part) => part.length > 1);
      if (parts.length === 0) return [];
      // Filled as a closed path: the curve, then along the top of the chart back to its start.
      const regions = parts.map((part) => [...part, { m: part.at(-1)!.m, g: LANDSCAPE_G_MAX }, { m: part[0]!.m, g: LANDSCAPE_G_MAX }]);
      const start = parts[0]![0]!;
      const rightHalf = Math.log10(start.m) > (Math.log10(LANDSCAPE_MASS_MIN_MEV) + Math.log10(LANDSCAPE_MASS_MAX_MEV)) * 0.6;
      return [
        ...regions.map((region) => Plot.line(region, { x: 'm', y: 'g', fill: limit.color, fillOpacity: 0.07, ...HIDDEN })),
        ...parts.map((part) =>
          Plot.line(part, { x: 'm', y: 'g', stroke: limit.color, strokeWidth: 2, strokeDasharray: limit.dash === 'none' ? undefined : limit.dash, ...HIDDEN }),
        ),
        Plot.text([{ ...start, text: limit.label }], { x: 'm', y: 'g', text: 'text', textAnchor: rightHalf ? 'end' : 'start', dy: -8, ...LABEL }),
      ];
    }),
  () => 0,
);

/** The band (or ceiling) with its name, built once per band curve (one per set and σ). */
export const bandMarks = weakMemo(
  (band: BandCurve, sigma: number): Plot.Markish[] => {
    const pts = band.points.map((p) => ({
      m: p.m,
      lower: Math.max(p.lower, LANDSCAPE_G_MIN),
      upper: Math.min(Math.max(p.upper, LANDSCAPE_G_MIN), LANDSCAPE_G_MAX),
    }));
    const outline = band.isCeiling
      ? [...pts.map((p) => ({ m: p.m, g: p.upper })), { m: LANDSCAPE_MASS_MAX_MEV, g: LANDSCAPE_G_MAX }, { m: LANDSCAPE_MASS_MIN_MEV, g: LANDSCAPE_G_MAX }]
      : [...pts.map((p) => ({ m: p.m, g: p.lower })), ...[...pts].reverse().map((p) => ({ m: p.m, g: p.upper }))];
    const edges = (band.isCeiling ? (['upper'] as const) : (['lower', 'upper'] as const)).flatMap((edge) => pts.map((p) => ({ m: p.m, g: p[edge], edge })));
    const at = pts[Math.round(pts.length * 0.05)]!;
    const label = band.isCeiling ? `g−2 ceiling (${sigma}σ): g above excluded` : `g−2 band (${sigma}σ)`;
    return [
      Plot.line(outline, { x: 'm', y: 'g', fill: LANDSCAPE_BAND_COLOR, fillOpacity: band.isCeiling ? 0.14 : 0.35, ...HIDDEN }),
      Plot.line(edges, {
        x: 'm',
        y: 'g',
        z: 'edge',
        stroke: LANDSCAPE_BAND_COLOR,
        strokeWidth: 1.5,
        ...(band.isCeiling ? { strokeDasharray: '10,3' } : {}),
        ...HIDDEN,
      }),
      Plot.text([{ m: at.m, g: band.isCeiling ? at.upper : at.lower, text: label }], { x: 'm', y: 'g', text: 'text', textAnchor: 'start', dy: 12, ...LABEL }),
    ];
  },
  (sigma) => String(sigma),
);

/**
 * The millicharge recast: the band between its strongest and weakest reading (lightly filled), both
 * edges dashed, and its name; built once per curve.
 */
export const recastMarks = weakMemo(
  (recast: RecastCurve): Plot.Markish[] => {
    const clamp = (g: number) => Math.min(Math.max(g, LANDSCAPE_G_MIN), LANDSCAPE_G_MAX);
    const pts = recast.points.map((p) => ({ m: p.m, best: clamp(p.best), worst: clamp(p.worst) }));
    const outline = [...pts.map((p) => ({ m: p.m, g: p.best })), ...[...pts].reverse().map((p) => ({ m: p.m, g: p.worst }))];
    const edges = (['best', 'worst'] as const).flatMap((edge) => pts.map((p) => ({ m: p.m, g: p[edge], edge })));
    const at = pts[Math.round(pts.length * 0.02)]!;
    return [
      Plot.line(outline, { x: 'm', y: 'g', fill: LANDSCAPE_RECAST_COLOR, fillOpacity: 0.15, ...HIDDEN }),
      Plot.line(edges, { x: 'm', y: 'g', z: 'edge', stroke: LANDSCAPE_RECAST_COLOR, strokeWidth: 1.5, strokeDasharray: LANDSCAPE_RECAST_DASH, ...HIDDEN }),
      Plot.text([{ m: at.m, g: at.best, text: 'millicharge limits, recast' }], { x: 'm', y: 'g', text: 'text', textAnchor: 'start', dy: 12, ...LABEL }),
    ];
  },
  () => 0,
);

/** The marker at the chosen mass: a dashed vertical line and, when the band is drawn, a dot at its centre. */
export function markerMarks(m: number, g: number | undefined): Plot.Markish[] {
  return [
    Plot.ruleX([m], { stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '3,3', className: 'landscape-marker', ...HIDDEN }),
    ...(g === undefined ? [] : [Plot.dot([{ m, g }], { x: 'm', y: 'g', r: 4.5, fill: 'currentColor', ...HIDDEN })]),
  ];
}
