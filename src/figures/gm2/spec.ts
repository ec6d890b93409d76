/**
 * The g−2 explorer's chart: the (m_Z′, g) plane, log–log, with the band of couplings that explain
 * Δa_μ (eq. 6), each millicharge bound as a horizontal ceiling at its g_max (eq. 8 inverted), the
 * Hubble regions as rectangles and a marker at the chosen mass. One spec for server and browser;
 * the marks themselves are built in figures/gm2/marks.ts.
 */
import type * as Plot from '@observablehq/plot';
import type { LayeredSpec } from '../shared/descriptor';
import { formatAnomaly, formatMass, formatSci } from '../shared/format';
import { bandCurve, GM2_MASS_MAX_MEV, GM2_MASS_MIN_MEV, type BandCurve } from './bands';
import { axisMarks, bandMarks, boundMarks, GM2_G_MAX, GM2_G_MIN, hubbleMarks, markerMarks } from './marks';
import { shortLabel, shownBounds, valueSetOf, type Gm2Data, type Gm2ValueSet } from './model';
import type { Gm2State } from './state';
import { bandAt } from '../shared/gm2-band';

export { BAND_COLOR, GM2_G_MAX, GM2_G_MIN, HUBBLE_COLOR, HUBBLE_OTHER_DASH, HUBBLE_OTHER_STROKE, hubbleChartLabel } from './marks';

/** The cached band curve for a state's value set and σ. */
export function bandFor(state: Gm2State, data: Gm2Data): BandCurve {
  const set = valueSetOf(state, data);
  return bandCurve(set, state.sigma);
}

/** Chart size in px. */
export interface ChartSize {
  width?: number;
  height?: number;
}

const MARGIN = { marginTop: 24, marginRight: 190, marginBottom: 44, marginLeft: 60 };
/** Below this width the margin labels drop their values (the legend lists them). */
const COMPACT_BELOW = 560;
/**
 * Text size of the chart: larger in the phone layout, whose build-time drawing (300 px wide) is
 * shown scaled down to the column (~286 px at 360 px): labels (0.9167 em) stay above 11 px there.
 */
const TEXT_SIZE = { wide: '12px', compact: '13px' };

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

/**
 * The figure's text description: the chart's text alternative and why its ceilings are flat. The
 * same words at build time and after each redraw in the browser.
 */
export function gm2Description(state: Gm2State, data: Gm2Data): string {
  return (
    `${gm2ChartLabel(state, data)} The ceilings are flat because they take the charge at q² = 0, as the paper does. ` +
    'For a Z′ heavier than an experiment’s momentum transfer |q| its bound on g rises by √(1 + m_Z′²/|q|²); ' +
    'the readout gives each bound both ways at the marker.'
  );
}

/**
 * The chart as Plot options without marks (size, margins, scales) and its layers in drawing order:
 * grid and axes with the Hubble regions, the band, the bounds, the marker. The browser keeps each
 * keyed layer's drawing and redraws only the layers whose key changed (figures/shared/layered-chart.ts):
 * the last layer, the marker, is the only one a mass change redraws.
 * @param state a valid state
 * @param data value sets, limits (hypothetical ones included) and Hubble regions
 */
export function gm2ChartLayers(state: Gm2State, data: Gm2Data, { width = 760, height = 480 }: ChartSize = {}): LayeredSpec {
  const band = bandFor(state, data);
  const bounds = shownBounds(data.limits, state.flavor, state.treatment);
  const compact = width < COMPACT_BELOW;
  const margin = compact ? { ...MARGIN, marginRight: 118, marginLeft: 48 } : MARGIN;
  const options: Plot.PlotOptions = {
    width,
    height,
    ...margin,
    style: { background: 'transparent', color: 'currentColor', fontSize: compact ? TEXT_SIZE.compact : TEXT_SIZE.wide },
    x: { type: 'log', domain: [GM2_MASS_MIN_MEV, GM2_MASS_MAX_MEV] },
    y: { type: 'log', domain: [GM2_G_MIN, GM2_G_MAX] },
    // The bounds' stroke colours are CSS colours, drawn as given.
    color: { type: 'identity' },
  };
  return {
    options,
    layers: [
      { key: data.hubble, marks: () => [...axisMarks(compact), ...hubbleMarks(data.hubble, compact)] },
      { key: band, marks: () => bandMarks(band, state.sigma) },
      { key: bounds, marks: () => boundMarks(bounds, height - margin.marginTop - margin.marginBottom, compact) },
      { marks: () => markerMarks(markerPoint(state, band, valueSetOf(state, data))) },
    ],
  };
}

/**
 * Plot options for the explorer: all layers in one plot.
 * @param state a valid state
 * @param data value sets, limits (hypothetical ones included) and Hubble regions
 */
export function gm2ChartSpec(state: Gm2State, data: Gm2Data, size: ChartSize = {}): Plot.PlotOptions {
  const { options, layers } = gm2ChartLayers(state, data, size);
  return { ...options, marks: layers.flatMap((layer) => layer.marks()) };
}

/** The marker's point: the central coupling at the chosen mass, or the ceiling there. */
export function markerPoint(state: Gm2State, band: BandCurve, set: Gm2ValueSet): { m: number; g: number } {
  const at = bandAt(set, state.sigma, state.m);
  const g = band.isCeiling ? at.upper : at.central;
  return { m: state.m, g: Math.min(Math.max(g, GM2_G_MIN), GM2_G_MAX) };
}

type PlotSvg = SVGSVGElement & { scale?(name: 'x' | 'y'): { apply(value: number): number } | undefined };

/**
 * Moves the drawn marker (the chart's last layer, markerMarks) to a state's mass in place: the
 * attributes Plot would write, from the chart's own scales, so the chart stays the one Plot draws.
 * @returns false when the chart has no scales or no marker (draw the layer instead)
 */
export function moveMarker(svg: SVGSVGElement, state: Gm2State, data: Gm2Data): boolean {
  const x = (svg as PlotSvg).scale?.('x');
  const y = (svg as PlotSvg).scale?.('y');
  const line = svg.querySelector('.gm2-marker line');
  const dot = svg.querySelector('.gm2-marker-dot circle');
  if (!x || !y || !line || !dot) return false;
  const point = markerPoint(state, bandFor(state, data), valueSetOf(state, data));
  const px = String(x.apply(point.m));
  line.setAttribute('x1', px);
  line.setAttribute('x2', px);
  dot.setAttribute('cx', px);
  dot.setAttribute('cy', String(y.apply(point.g)));
  return true;
}
