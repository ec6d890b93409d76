/**
 * Fig. 2 of the paper as a Plot spec: |q_ν| against g on log–log axes, the model line
 * |q_ν| = k g² (eq. (8)), each limit as a horizontal line with the region above it shaded, a
 * dashed vertical line at its g_max, the Hubble band(s) and the g−2 band (or ceiling).
 * One spec for the build-time render and the browser redraw. Colours are CSS variables
 * (set per theme in Fig2.astro), so the theme changes without a redraw.
 */
import * as Plot from '@observablehq/plot';
import type { Fig2State } from './state';
import { chargePerCouplingSquared, FIG2_FRAME, fig2View, type Fig2View } from './view';
import { corners, fontSize, gm2Marks, HIDDEN, hubbleMarks, limitMarks, modelAngle, modelPoints } from './marks';
import { formatPowerOfTen, formatSci } from '../shared/format';
import { decades } from '../shared/log-axis';
import { memo } from '../shared/memo';
import { flatSpec, type ChartSize, type LayeredSpec } from '../shared/descriptor';
import { fig2Layout, type Fig2Layout } from './layout';
import type { LimitsData } from './limits-view';

export { fig2Description, fig2View } from './view';

/**
 * The marks that never change with the state (grid, model line and its label, frame), built once
 * per chart size and reused by every render: Plot marks are plain descriptions, safe to share
 * between plots. The compact layout ticks every other decade of g, so the labels do not collide.
 */
const fixedMarks = memo(
  (layout: Fig2Layout): { axes: Plot.Markish[]; below: Plot.Markish[]; above: Plot.Markish[] } => {
    const k = chargePerCouplingSquared();
    // Compact: further up the line, clear of the labels at the plot's left edge.
    const g = layout.compact ? 1e-7 : 1e-9;
    const modelLabel = { g, q: k * g * g, text: `|q_ν| = ${formatSci(k)} g²` };
    return {
      // Explicit axes, built once: Plot would otherwise infer and build both on every render.
      // (Their groups' aria-labels are removed by labelChart; the <svg> is one labelled image.)
      axes: [
        Plot.axisY({ ticks: decades(1e-26, 1e-6, 2), tickFormat: formatPowerOfTen, label: '↑ |q_ν| (units of e)', labelAnchor: 'top' }),
        Plot.axisX({
          ticks: decades(1e-12, 1e-2, layout.compact ? 2 : 1),
          tickFormat: formatPowerOfTen,
          label: 'Lμ−Lτ coupling g →',
          labelAnchor: 'right',
          labelOffset: 38,
        }),
      ],
      below: [Plot.gridX(decades(1e-12, 1e-2), { strokeOpacity: 0.08, ...HIDDEN }), Plot.gridY(decades(1e-26, 1e-6, 2), { strokeOpacity: 0.08, ...HIDDEN })],
      above: [
        Plot.line(modelPoints(k), { x: 'g', y: 'q', stroke: 'currentColor', strokeWidth: 2.4, className: 'fig2-model', ...HIDDEN }),
        Plot.text([modelLabel], {
          x: 'g',
          y: 'q',
          text: 'text',
          rotate: modelAngle(layout),
          dy: -9,
          fill: 'currentColor',
          fontSize: fontSize(layout, 11),
          fontWeight: 600,
          className: 'fig2-model',
          ...HIDDEN,
        }),
        Plot.frame({ strokeOpacity: 0.3, ...HIDDEN }),
      ],
    };
  },
  (layout) => `${layout.width}×${layout.height}`,
  { maxSize: 8 },
);

/** The axis marks of Fig. 2 (the only marks not aria-hidden). */
export function fig2AxisMarks(size?: ChartSize): readonly Plot.Markish[] {
  return fixedMarks(fig2Layout(size)).axes;
}

/**
 * Fig. 2 for a state as two layers (src/figures/shared/layered-chart.ts): the axes, grid and Hubble
 * regions, keyed by the data's regions (drawn once, then copied), and the rest, drawn on every
 * redraw: the state's marks (g−2 band, limits, corner dots with their pointer tip) and the model
 * line, its label and the frame above them. The last layer is the chart's new root on each redraw
 * (`pointer`), as Plot listens for the tip on the root it draws. Flattened (flatSpec) it is the
 * whole figure, the build's one render.
 * @param view fig2View(state, data)
 * @param state the state the view was made for (the g−2 tag names its σ)
 * @param size the chart's size (fig2Size); default the paper's full frame, 720 × 470
 */
export function fig2Chart(view: Fig2View, state: Fig2State, size?: ChartSize): LayeredSpec {
  const layout = fig2Layout(size);
  const { width, height, marginTop, marginRight, marginBottom, marginLeft } = layout;
  const { axes, below, above } = fixedMarks(layout);
  return {
    options: {
      width,
      height,
      marginTop,
      marginRight,
      marginBottom,
      marginLeft,
      style: { fontSize: `${fontSize(layout, 11)}px`, overflow: 'visible' },
      color: { type: 'identity' },
      x: { type: 'log', domain: FIG2_FRAME.g, tickFormat: formatPowerOfTen },
      y: { type: 'log', domain: FIG2_FRAME.q, tickFormat: formatPowerOfTen },
    },
    layers: [
      { key: view.hubble, marks: () => [...axes, ...below, ...hubbleMarks(view, layout)] },
      {
        marks: () => [
          ...gm2Marks(view, state, layout),
          ...limitMarks(view, layout),
          // One mark for all corner points, so the pointer tip shows only the nearest limit.
          Plot.dot(corners(view), {
            x: 'g',
            y: 'q',
            r: 3.5,
            fill: 'color',
            stroke: 'var(--bg)',
            strokeWidth: 1,
            title: 'tip',
            tip: true,
            className: 'fig2-corners',
            ...HIDDEN,
          }),
          ...above,
        ],
      },
    ],
    pointer: true,
  };
}

/**
 * The Plot options of the whole of Fig. 2 for a state (every layer of fig2Chart in one spec).
 * @param state a parsed Fig2State (parseFig2State)
 * @param data the figures' data (limitsData() at build time, the embedded JSON in the browser)
 * @param view fig2View(state, data), if the caller has it already
 * @returns Plot options with width, height, log axes labelled 10⁻ⁿ and every data mark aria-hidden
 */
export function fig2Spec(state: Fig2State, data: LimitsData, view: Fig2View = fig2View(state, data)): Plot.PlotOptions {
  return flatSpec(fig2Chart(view, state));
}
