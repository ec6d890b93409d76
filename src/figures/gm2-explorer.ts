/**
 * The g−2 explorer's chart: the (m_Z′, g) plane, log–log, with the band of couplings that explain
 * Δa_μ (eq. 6), each millicharge bound as a horizontal ceiling at its g_max (eq. 8 inverted), the
 * Hubble regions as rectangles and a marker at the chosen mass. One spec for server and browser.
 */
import * as Plot from '@observablehq/plot';
import { formatPowerOfTen, formatSci } from './format';
import { bandCurve, GM2_MASS_MAX_MEV, GM2_MASS_MIN_MEV, type BandCurve } from './gm2-bands';
import {
  formatAnomaly,
  KIND_DASH,
  limitColor,
  shortLabel,
  shownBounds,
  valueSetOf,
  type Gm2Data,
  type Gm2ValueSet,
  type ShownBound,
} from './gm2-explorer-data';
import type { Gm2State } from './gm2-explorer-state';
import { dodgeLabels } from './gm2-label-layout';
import { formatMass, neededAt } from './gm2-readout';

/** Coupling range of the y axis. */
export const GM2_G_MIN = 1e-14;
export const GM2_G_MAX = 1e-1;
/** Colours of the g−2 band (red as in the paper's Fig. 2) and the Hubble regions (light blue). */
export const BAND_COLOR = '#d55e00';
export const HUBBLE_COLOR = '#56b4e9';
/** Outline of a Hubble region the paper does not use: darker blue, dashed, almost no fill. */
export const HUBBLE_OTHER_STROKE = '#2b7fc0';
export const HUBBLE_OTHER_DASH = '4,2';

/** Short chart names of the Hubble regions, worded as in src/data/hubble-regions.json's labels. */
const HUBBLE_SHORT: Record<string, string> = { 'freeze-in': 'light Z′', thermal: 'thermalised Z′' };

/** The chart label of a Hubble region: 'Hubble: light Z′ (paper)', 'Hubble: thermalised Z′ (not in paper)'. */
export function hubbleChartLabel(r: { id: string; label: string; usedByPaper: boolean }): string {
  return `Hubble: ${HUBBLE_SHORT[r.id] ?? r.label}${r.usedByPaper ? ' (paper)' : ' (not in paper)'}`;
}

/** The cached band curve for a state's value set and σ. */
export function bandFor(state: Gm2State, data: Gm2Data): BandCurve {
  const set = valueSetOf(state, data);
  return bandCurve(set.id, set, state.sigma);
}

/** Chart size in px. */
export interface ChartSize {
  width?: number;
  height?: number;
}

const MARGIN = { marginTop: 24, marginRight: 190, marginBottom: 44, marginLeft: 60 };
/** Below this width the margin labels drop their values (the legend lists them). */
const COMPACT_BELOW = 560;

/** Text alternative of the chart. */
export function gm2ChartLabel(state: Gm2State, data: Gm2Data): string {
  const set = valueSetOf(state, data);
  const band = bandFor(state, data);
  const bounds = shownBounds(data.limits, state.flavor, state.treatment);
  const what = band.isCeiling
    ? `a ceiling from (g − 2)_μ (Δa_μ = ${formatAnomaly(set)} is consistent with zero at ${state.sigma}σ)`
    : `the ${state.sigma}σ band of couplings that explain Δa_μ = ${formatAnomaly(set)}`;
  return (
    `Log–log chart of the coupling g (10⁻¹⁴ to 10⁻¹) against the Z′ mass (1 keV to 10 GeV) showing ${what}, ` +
    `${bounds.length} millicharge bounds for ν_${state.flavor === 'mu' ? 'μ' : 'τ'} as horizontal ceilings ` +
    `(${bounds.map((b) => `${shortLabel(b.limit)} at ${formatSci(b.gMax, 2)}`).join(', ')}), ` +
    `the Hubble-tension regions as rectangles, and a marker at m_Z′ = ${formatMass(state.m)} MeV.`
  );
}

/** Label rows for the right margin: one per bound, nudged apart so none overlap. */
function boundLabels(bounds: ShownBound[], plotHeight: number, compact: boolean): { g: number; text: string; color: string }[] {
  const decades = Math.log10(GM2_G_MAX / GM2_G_MIN);
  const gap = (13 / plotHeight) * decades;
  const placed = dodgeLabels(bounds.map((b) => Math.log10(b.gMax)), gap, Math.log10(GM2_G_MIN), Math.log10(GM2_G_MAX));
  return bounds.map((b, i) => {
    // Hypothetical limits keep their tag whole ('… (hypothetical)'); only the reader's name is cut.
    const hypothetical = b.limit.kind === 'hypothetical';
    // On a phone the FLArE/FASERν2 projection is named by its first experiment, so it is not cut off.
    const base = hypothetical ? b.limit.label : compact ? shortLabel(b.limit).replace('/FASERν2', '') : shortLabel(b.limit);
    const name = hypothetical ? `${clipText(base, compact ? 6 : 9)} (${compact ? 'hyp.' : 'hypothetical'})` : clipText(base, compact ? 16 : 21);
    return { g: 10 ** placed[i], text: compact ? name : `${name} ${formatSci(b.gMax, 2)}`, color: limitColor(b.limit) };
  });
}

/** A label cut to `max` characters with an ellipsis (the legend has the full text). */
function clipText(text: string, max: number): string {
  return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}

/**
 * Plot options for the explorer.
 * @param state a valid state
 * @param data value sets, limits (hypothetical ones included) and Hubble regions
 */
export function gm2ChartSpec(state: Gm2State, data: Gm2Data, { width = 760, height = 480 }: ChartSize = {}): Plot.PlotOptions {
  const set = valueSetOf(state, data);
  const band = bandFor(state, data);
  const bounds = shownBounds(data.limits, state.flavor, state.treatment);
  const compact = width < COMPACT_BELOW;
  const margin = compact ? { ...MARGIN, marginRight: 118, marginLeft: 48 } : MARGIN;
  const plotHeight = height - margin.marginTop - margin.marginBottom;
  const clip = (m: number) => Math.min(Math.max(m, GM2_MASS_MIN_MEV), GM2_MASS_MAX_MEV);
  const hubble = data.hubble
    .filter((r) => r.mMax > GM2_MASS_MIN_MEV && r.mMin < GM2_MASS_MAX_MEV)
    // Narrow regions get their label to the right of the box, clear of the band label on the left.
    .map((r) => ({ ...r, x1: clip(r.mMin), x2: clip(r.mMax), narrow: clip(r.mMax) / clip(r.mMin) < 10, text: hubbleChartLabel(r) }));
  const here = markerPoint(state, band, set);
  const bandLabel = band.isCeiling ? `g−2 ceiling (${state.sigma}σ): g above excluded` : `g−2 band (${state.sigma}σ)`;
  const bandLabelAt = band.points[Math.round(band.points.length * 0.05)];

  const marks: Plot.Markish[] = [
    // The paper's region filled; the other one (not used by the paper) only outlined, dashed.
    Plot.rect(hubble.filter((r) => r.usedByPaper), { x1: 'x1', x2: 'x2', y1: 'gMin', y2: 'gMax', fill: HUBBLE_COLOR, fillOpacity: 0.35, stroke: HUBBLE_COLOR, strokeWidth: 1.5, ariaHidden: 'true' }),
    Plot.rect(hubble.filter((r) => !r.usedByPaper), { x1: 'x1', x2: 'x2', y1: 'gMin', y2: 'gMax', fill: HUBBLE_COLOR, fillOpacity: 0.06, stroke: HUBBLE_OTHER_STROKE, strokeWidth: 1.8, strokeDasharray: HUBBLE_OTHER_DASH, ariaHidden: 'true' }),
    ...[false, true].map((narrow) =>
      // On a phone-width chart a narrow region's label would run into the margin labels: the legend names it.
      Plot.text(hubble.filter((r) => r.narrow === narrow && !(narrow && compact)), {
        x: narrow ? 'x2' : 'x1',
        y: 'gMin',
        text: 'text',
        textAnchor: 'start',
        dx: 3,
        dy: 10,
        fill: 'currentColor',
        fontSize: 11,
        ariaHidden: 'true',
      }),
    ),
  ];
  if (band.isCeiling) {
    marks.push(
      Plot.areaY(band.points, { x: 'm', y1: 'upper', y2: GM2_G_MAX, fill: BAND_COLOR, fillOpacity: 0.14, ariaHidden: 'true' }),
      Plot.line(band.points, { x: 'm', y: 'upper', stroke: BAND_COLOR, strokeWidth: 2.5, strokeDasharray: '10,3', ariaHidden: 'true' }),
    );
  } else {
    marks.push(
      Plot.areaY(band.points, { x: 'm', y1: 'lower', y2: 'upper', fill: BAND_COLOR, fillOpacity: 0.35, ariaHidden: 'true' }),
      Plot.line(band.points, { x: 'm', y: 'lower', stroke: BAND_COLOR, strokeWidth: 1.5, ariaHidden: 'true' }),
      Plot.line(band.points, { x: 'm', y: 'upper', stroke: BAND_COLOR, strokeWidth: 1.5, ariaHidden: 'true' }),
    );
  }
  marks.push(
    // Below the curve: the bounds' lines often pass just above the band at light masses.
    Plot.text([bandLabelAt], {
      x: 'm',
      y: (p: { lower: number; upper: number }) => (band.isCeiling ? p.upper : p.lower),
      text: () => bandLabel,
      textAnchor: 'start',
      dy: 12,
      fill: 'currentColor',
      fontSize: 11,
      ariaHidden: 'true',
    }),
    ...bounds.map((b) =>
      Plot.ruleY([b.gMax], { stroke: limitColor(b.limit), strokeWidth: 2, strokeDasharray: KIND_DASH[b.limit.kind], ariaHidden: 'true' }),
    ),
    Plot.text(boundLabels(bounds, plotHeight, compact), {
      x: GM2_MASS_MAX_MEV,
      y: 'g',
      text: 'text',
      textAnchor: 'start',
      dx: 6,
      fill: 'currentColor',
      fontSize: 11,
      ariaHidden: 'true',
    }),
    Plot.ruleX([here], { x: 'm', stroke: 'currentColor', strokeWidth: 1.5, strokeDasharray: '3,3', className: 'gm2-marker', ariaHidden: 'true' }),
    Plot.dot([here], { x: 'm', y: 'g', r: 4.5, fill: 'currentColor', className: 'gm2-marker-dot', ariaHidden: 'true' }),
  );
  return {
    width,
    height,
    ...margin,
    style: { background: 'transparent', color: 'currentColor', fontSize: '12px' },
    x: {
      type: 'log',
      domain: [GM2_MASS_MIN_MEV, GM2_MASS_MAX_MEV],
      ticks: compact ? [1e-3, 1e-1, 1e1, 1e3] : [1e-3, 1e-2, 1e-1, 1, 1e1, 1e2, 1e3, 1e4],
      tickFormat: formatPowerOfTen,
      label: 'Z′ mass m_Z′ (MeV)',
      labelAnchor: 'center',
    },
    y: {
      type: 'log',
      domain: [GM2_G_MIN, GM2_G_MAX],
      ticks: Array.from({ length: compact ? 7 : 14 }, (_, i) => 10 ** (compact ? 2 * i - 13 : i - 14)),
      tickFormat: formatPowerOfTen,
      grid: true,
      label: 'coupling g',
      labelAnchor: 'top',
    },
    marks,
  };
}

/** The marker's point: the central coupling at the chosen mass, or the ceiling there. */
export function markerPoint(state: Gm2State, band: BandCurve, set: Gm2ValueSet): { m: number; g: number } {
  const at = neededAt(state.m, set, state.sigma);
  const g = band.isCeiling ? at.upper : at.central;
  return { m: state.m, g: Math.min(Math.max(g, GM2_G_MIN), GM2_G_MAX) };
}

