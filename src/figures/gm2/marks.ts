/**
 * The marks of the g−2 explorer's chart, one builder per layer: grid and axes, Hubble regions, the
 * g−2 band (or ceiling), the millicharge bounds and the mass marker. Marks that do not follow the
 * reader's choices are built once and reused: Plot marks are plain descriptions, safe to share
 * between plot() calls.
 */
import * as Plot from '@observablehq/plot';
import { hubbleRects, HUBBLE_COLOR, HUBBLE_OTHER_DASH, HUBBLE_OTHER_STROKE } from '../shared/hubble-marks';

export { HUBBLE_COLOR, HUBBLE_OTHER_DASH, HUBBLE_OTHER_STROKE };
import { formatPowerOfTen, formatSci } from '../shared/format';
import { drawnPoints, GM2_MASS_MAX_MEV, GM2_MASS_MIN_MEV, type BandCurve } from './bands';
import { baseLabel, limitColor, limitDash, MARGIN_NAME_MAX, shortLabel, type HubbleRectangle, type ShownBound } from './model';
import { isDisputed } from '../shared/limit-standing';
import { DISPUTED_LINECAP } from '../shared/limit-style';
import { memo, weakMemo } from '../shared/memo';

/** Coupling range of the y axis. */
export const GM2_G_MIN = 1e-14;
export const GM2_G_MAX = 1e-1;
/** Colour of the g−2 band (red as in the paper’s Fig. 2); the Hubble regions take shared/hubble-marks.ts. */
export const BAND_COLOR = '#d55e00';

const HIDDEN = { ariaHidden: 'true' } as const;
/**
 * Options shared by the chart's text labels: one step below the chart's text size (11 px on the
 * 12-px wide chart), so the phone layout's larger text (spec.ts) enlarges them too.
 */
const LABEL = { textAnchor: 'start', fill: 'currentColor', fontSize: '0.9167em', ...HIDDEN } as const;

/** Short chart names of the Hubble regions, worded as in src/data/hubble-regions.json's labels. */
const HUBBLE_SHORT: Record<string, string> = { 'freeze-in': 'light Z′', thermal: 'thermalised Z′' };

/** The chart label of a Hubble region: 'Hubble: light Z′ (paper)', 'Hubble: thermalised Z′ (not in paper)'. */
export function hubbleChartLabel(r: { id: string; label: string; usedByPaper: boolean }): string {
  return `Hubble: ${HUBBLE_SHORT[r.id] ?? r.label}${r.usedByPaper ? ' (paper)' : ' (not in paper)'}`;
}

/**
 * Grid and axes for a phone-width (`compact`) chart or a wide one, built once each. Explicit axis
 * marks with the options Plot would give its implicit ones (which it would build on every call).
 */
export const axisMarks = memo((compact: boolean): Plot.Markish[] => {
  const yTicks = Array.from({ length: compact ? 7 : 14 }, (_, i) => 10 ** (compact ? 2 * i - 13 : i - 14));
  return [
    Plot.gridY({ ticks: yTicks }),
    Plot.axisY({
      anchor: 'left',
      ticks: yTicks,
      tickFormat: formatPowerOfTen,
      label: 'coupling g',
      labelAnchor: 'top',
    }),
    Plot.axisX({
      anchor: 'bottom',
      ticks: compact ? [1e-3, 1e-1, 1e1, 1e3] : [1e-3, 1e-2, 1e-1, 1, 1e1, 1e2, 1e3, 1e4],
      tickFormat: formatPowerOfTen,
      label: 'Z′ mass m_Z′ (MeV)',
      labelAnchor: 'center',
    }),
  ];
});

/** The Hubble regions as rectangles with their names, built once per data array and layout. */
export const hubbleMarks = weakMemo((regions: readonly HubbleRectangle[], compact: boolean): Plot.Markish[] => {
  const clip = (m: number) => Math.min(Math.max(m, GM2_MASS_MIN_MEV), GM2_MASS_MAX_MEV);
  const boxes = regions
    .filter((r) => r.mMax > GM2_MASS_MIN_MEV && r.mMin < GM2_MASS_MAX_MEV)
    .map((r) => ({ ...r, x1: clip(r.mMin), x2: clip(r.mMax), y1: r.gMin, y2: r.gMax, narrow: clip(r.mMax) / clip(r.mMin) < 10, text: hubbleChartLabel(r) }));
  return [
    ...hubbleRects(boxes),
    // A narrow region is named right of its box, clear of the band label on the left; on a
    // phone-width chart that name would run into the margin labels, so only the legend gives it.
    Plot.text(
      boxes.filter((r) => !(r.narrow && compact)),
      { x: (r: (typeof boxes)[number]) => (r.narrow ? r.x2 : r.x1), y: 'gMin', text: 'text', dx: 3, dy: 10, ...LABEL },
    ),
  ];
});

/**
 * The band (or ceiling) with its label, built once per cached curve, i.e. per (value set, σ).
 * The fill is a Plot.line with a fill, not Plot.areaY: an SVG path is filled as if closed, and the
 * browser then needs no code for Plot's area mark and stack transform (~4 KB gzip).
 * @param sigma the σ the curve was computed for (named in the label)
 */
export const bandMarks = weakMemo(
  (band: BandCurve, sigma: number): Plot.Markish[] => {
    const drawn = drawnPoints(band.points);
    const outline = band.isCeiling
      ? // Above the ceiling curve, up to the top of the chart: excluded.
        [...drawn.map((p) => ({ m: p.m, g: p.upper })), { m: GM2_MASS_MAX_MEV, g: GM2_G_MAX }, { m: GM2_MASS_MIN_MEV, g: GM2_G_MAX }]
      : [...drawn.map((p) => ({ m: p.m, g: p.lower })), ...[...drawn].reverse().map((p) => ({ m: p.m, g: p.upper }))];
    const edges = (band.isCeiling ? (['upper'] as const) : (['lower', 'upper'] as const)).flatMap((edge) => drawn.map((p) => ({ m: p.m, g: p[edge], edge })));
    const at = band.points[Math.round(band.points.length * 0.05)];
    const label = band.isCeiling ? `g−2 ceiling (${sigma}σ): g above excluded` : `g−2 band (${sigma}σ)`;
    return [
      Plot.line(outline, { x: 'm', y: 'g', fill: BAND_COLOR, fillOpacity: band.isCeiling ? 0.14 : 0.35, ...HIDDEN }),
      Plot.line(edges, {
        x: 'm',
        y: 'g',
        z: 'edge',
        stroke: BAND_COLOR,
        ...(band.isCeiling ? { strokeWidth: 2.5, strokeDasharray: '10,3' } : { strokeWidth: 1.5 }),
        ...HIDDEN,
      }),
      // Below the curve: the bounds' lines often pass just above the band at light masses.
      Plot.text([{ m: at.m, g: band.isCeiling ? at.upper : at.lower, text: label }], { x: 'm', y: 'g', text: 'text', dy: 12, ...LABEL }),
    ];
  },
  // One curve is computed for one σ, so the curve alone is the key.
  () => 0,
);

/**
 * The bounds as horizontal rules in their registry colours and dash patterns (limit-style.ts, as
 * in Fig. 2), and their names (with values
 * on a wide chart) in the right margin, nudged apart so none overlap; built once per bounds array
 * (shownBounds memoises them) and layout. The colours are CSS colours, so the chart needs
 * `color: { type: 'identity' }`.
 * @param plotHeight height of the plotting area in px
 */
export const boundMarks = weakMemo(
  (bounds: readonly ShownBound[], plotHeight: number, compact: boolean): Plot.Markish[] => {
    return [
      Plot.ruleY(bounds, { y: 'gMax', stroke: (b: ShownBound) => limitColor(b.limit), strokeWidth: 2, render: dashPerBound(bounds), ...HIDDEN }),
      Plot.text(boundLabels(bounds, plotHeight, compact), { x: GM2_MASS_MAX_MEV, y: 'g', text: 'text', dx: 6, ...LABEL }),
    ];
  },
  (plotHeight, compact) => `${plotHeight}|${compact}`,
);

/**
 * Gives each bound's rule its own dash pattern (round dots for a disputed limit): Plot takes
 * strokeDasharray per mark, not per element, and one mark for all bounds is much cheaper than one
 * each. Plot appends one <line> per index entry, in index order.
 */
function dashPerBound(bounds: readonly ShownBound[]): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context)!;
    index.forEach((i, j) => {
      const { limit } = bounds[i];
      const dash = limitDash(limit);
      if (dash) g.children[j]?.setAttribute('stroke-dasharray', dash);
      if (isDisputed(limit)) g.children[j]?.setAttribute('stroke-linecap', DISPUTED_LINECAP);
    });
    return g;
  };
}

/** Label rows for the right margin: one per bound, nudged apart so none overlap. */
function boundLabels(bounds: readonly ShownBound[], plotHeight: number, compact: boolean): { g: number; text: string }[] {
  const decades = Math.log10(GM2_G_MAX / GM2_G_MIN);
  // One line of label text (13 px; 15 px for the phone layout's larger text), in decades of g.
  const gap = ((compact ? 15 : 13) / plotHeight) * decades;
  // On a phone a disputed label takes two lines, centred on its rule: it needs a line more room.
  const lines = bounds.map((b) => (compact && isDisputed(b.limit) ? 2 : 1));
  const placed = dodgeRows(
    bounds.map((b) => Math.log10(b.gMax)),
    lines.map((n) => n * gap),
    Math.log10(GM2_G_MIN),
    Math.log10(GM2_G_MAX),
  );
  return bounds.map((b, i) => {
    // Hypothetical and disputed limits keep their tag whole ('… (hypothetical)', '… (disputed)'); only the name is cut.
    const hypothetical = b.limit.kind === 'hypothetical';
    const disputed = isDisputed(b.limit);
    // On a phone the FLArE/FASERν2 projection is named by its first experiment, so it is not cut off.
    const short = disputed ? baseLabel(b.limit) : shortLabel(b.limit);
    const base = hypothetical ? b.limit.label : compact ? short.replace('/FASERν2', '') : short;
    if (disputed) {
      // The tag takes the room of the value (the legend and readout give it); on a phone it goes on a second line.
      return { g: 10 ** placed[i], text: compact ? `${clipText(base, 16)}\n(disputed)` : `${clipText(base, MARGIN_NAME_MAX - 11)} (disputed)` };
    }
    const name = hypothetical ? `${clipText(base, compact ? 6 : 9)} (${compact ? 'hyp.' : 'hypothetical'})` : clipText(base, compact ? 16 : MARGIN_NAME_MAX);
    return { g: 10 ** placed[i], text: compact ? name : `${name} ${formatSci(b.gMax, 2)}` };
  });
}

/**
 * Label positions nudged apart as by dodgeLabels (shared/label-layout.ts), for labels of unequal
 * heights: neighbours end up at least half their heights' sum apart, within [min, max].
 * @param positions wanted centres (any order)
 * @param heights each label's height, in the positions' unit
 * @returns centres in the input order
 */
function dodgeRows(positions: readonly number[], heights: readonly number[], min: number, max: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const placed = order.map(({ p }) => Math.min(Math.max(p, min), max));
  const apart = (k: number) => (heights[order[k - 1].i] + heights[order[k].i]) / 2;
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + apart(k));
  if (placed.length > 0) placed[placed.length - 1] = Math.min(placed[placed.length - 1], max);
  for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k], placed[k + 1] - apart(k + 1));
  const out = new Array<number>(positions.length);
  order.forEach(({ i }, k) => (out[i] = placed[k]));
  return out;
}

/** A label cut to `max` characters with an ellipsis (the legend has the full text). */
function clipText(text: string, max: number): string {
  return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}

/** The marker at the chosen mass: a dashed vertical line and a dot on the band (or ceiling). */
export function markerMarks(here: { m: number; g: number }): Plot.Markish[] {
  return [
    Plot.ruleX([here], { x: 'm', stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '3,3', className: 'gm2-marker', ...HIDDEN }),
    Plot.dot([here], { x: 'm', y: 'g', r: 4.5, fill: 'currentColor', className: 'gm2-marker-dot', ...HIDDEN }),
  ];
}
