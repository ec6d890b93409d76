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
import { corners, gm2Marks, HIDDEN, hubbleMarks, limitMarks, modelAngle, modelPoints } from './marks';
import { formatPowerOfTen, formatSci } from '../shared/format';
import { decades } from '../shared/log-axis';
import { once } from '../shared/memo';
import type { LimitsData } from './limits-view';

export { fig2Description, fig2View } from './view';

/**
 * The marks that never change with the state (grid, model line and its label, frame), built once
 * and reused by every render: Plot marks are plain descriptions, safe to share between plots.
 */
const fixedMarks = once((): { axes: Plot.Markish[]; below: Plot.Markish[]; above: Plot.Markish[] } => {
  const k = chargePerCouplingSquared();
  const modelLabel = { g: 1e-9, q: k * 1e-18, text: `|q_ν| = ${formatSci(k)} g²` };
  return {
    // Explicit axes, built once: Plot would otherwise infer and build both on every render.
    // (Their groups' aria-labels are removed by labelChart; the <svg> is one labelled image.)
    axes: [
      Plot.axisY({ ticks: decades(1e-26, 1e-6, 2), tickFormat: formatPowerOfTen, label: '↑ |q_ν| (units of e)', labelAnchor: 'top' }),
      Plot.axisX({ ticks: decades(1e-12, 1e-2), tickFormat: formatPowerOfTen, label: 'Lμ−Lτ coupling g →', labelAnchor: 'right', labelOffset: 38 }),
    ],
    below: [Plot.gridX(decades(1e-12, 1e-2), { strokeOpacity: 0.08, ...HIDDEN }), Plot.gridY(decades(1e-26, 1e-6, 2), { strokeOpacity: 0.08, ...HIDDEN })],
    above: [
      Plot.line(modelPoints(k), { x: 'g', y: 'q', stroke: 'currentColor', strokeWidth: 2.4, className: 'fig2-model', ...HIDDEN }),
      Plot.text([modelLabel], {
        x: 'g',
        y: 'q',
        text: 'text',
        rotate: modelAngle(),
        dy: -9,
        fill: 'currentColor',
        fontSize: 11,
        fontWeight: 600,
        className: 'fig2-model',
        ...HIDDEN,
      }),
      Plot.frame({ strokeOpacity: 0.3, ...HIDDEN }),
    ],
  };
});

/** The axis marks of Fig. 2 (the only marks not aria-hidden). */
export function fig2AxisMarks(): readonly Plot.Markish[] {
  return fixedMarks().axes;
}

/**
 * Which marks a spec holds: the whole figure; only the parts that never change on a page (axes,
 * grid, the Hubble regions of the data, model line and label, frame), drawn once in the browser;
 * or only the parts that follow the state. `composeFig2` (figures/fig2/compose.ts) puts a 'fixed' and a
 * 'state' render together into exactly the 'all' render.
 */
export type Fig2Part = 'all' | 'fixed' | 'state';

/**
 * The Plot options of Fig. 2 for a state.
 * @param state a parsed Fig2State (parseFig2State)
 * @param data the figures' data (limitsData() at build time, the embedded JSON in the browser)
 * @param view fig2View(state, data), if the caller has it already (the browser redraw does)
 * @param part which marks to include (default: the whole figure)
 * @returns Plot options with width, height, log axes labelled 10⁻ⁿ and every data mark aria-hidden
 */
export function fig2Spec(state: Fig2State, data: LimitsData, view: Fig2View = fig2View(state, data), part: Fig2Part = 'all'): Plot.PlotOptions {
  const { width, height, marginTop, marginRight, marginBottom, marginLeft } = FIG2_FRAME;
  const { axes, below, above } = fixedMarks();
  const fixedBelow = part === 'state' ? [] : [...axes, ...below, ...hubbleMarks(view)];
  const fixedAbove = part === 'state' ? [] : above;
  const stateMarks =
    part === 'fixed'
      ? []
      : [
          ...gm2Marks(view, state),
          ...limitMarks(view),
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
        ];
  // Without axis marks Plot would add its own: say there are none.
  const axis = part === 'state' ? { axis: null } : {};
  return {
    width,
    height,
    marginTop,
    marginRight,
    marginBottom,
    marginLeft,
    style: { fontSize: '11px', overflow: 'visible' },
    color: { type: 'identity' },
    x: { type: 'log', domain: FIG2_FRAME.g, tickFormat: formatPowerOfTen, ...axis },
    y: { type: 'log', domain: FIG2_FRAME.q, tickFormat: formatPowerOfTen, ...axis },
    marks: [...fixedBelow, ...stateMarks, ...fixedAbove],
  };
}

/** How many top-level elements the fixed marks drawn after the state's marks add (model line, its label, frame). */
export const FIG2_FIXED_ABOVE = 3;
