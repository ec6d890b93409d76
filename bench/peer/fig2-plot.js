// Fig. 2 of arXiv:2308.05720 as Plot options, shared verbatim by both peers (Observable Framework
// and the UMD page): |q_ν| = k g² for the chosen flavor, each limit as a horizontal rule with the
// excluded region above it, dashed verticals at g_max, and the g−2 band as a vertical band.
/**
 * @param {any} Plot the Plot namespace (ES module or UMD global)
 * @param {any} view one entry of fig2-data.json's `views`
 * @param {number} width chart width in px
 */
export function fig2Options(Plot, view, width) {
  const gs = Array.from({ length: 121 }, (_, i) => 10 ** (-12 + (i * 10) / 120));
  const line = gs.map((g) => ({ g, q: view.chargePerG2 * g * g }));
  return {
    width,
    height: Math.round(width * 0.62),
    x: { type: 'log', domain: [1e-12, 1e-2], label: 'g' },
    y: { type: 'log', domain: [1e-26, 1e-5], label: '|q_ν| (e)' },
    marks: [
      Plot.rectX([view.band], { x1: 'lower', x2: 'upper', y1: 1e-26, y2: 1e-5, fill: '#d62728', fillOpacity: 0.2, ariaHidden: true }),
      Plot.rectY(view.limits, { y1: 'q', y2: 1e-5, x1: 1e-12, x2: 1e-2, fill: 'label', fillOpacity: 0.12, ariaHidden: true }),
      Plot.ruleY(view.limits, { y: 'q', stroke: 'label', strokeDasharray: (d) => (d.kind === 'projection' ? '6 3' : null), ariaHidden: true }),
      Plot.ruleX(view.limits, { x: 'gMax', stroke: 'label', strokeDasharray: '3 3', ariaHidden: true }),
      Plot.line(line, { x: 'g', y: 'q', stroke: 'currentColor', strokeWidth: 2, ariaHidden: true }),
      Plot.text(view.limits, { x: 1e-11, y: 'q', text: 'label', dy: -6, textAnchor: 'start', ariaHidden: true }),
    ],
    color: { legend: false },
  };
}
