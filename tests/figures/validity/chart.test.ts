// The validity chart as keyed layers of the shared model (figures/shared/layered-chart.ts): however
// the browser draws it (kept layers copied, the chart updated in place), it must be exactly the
// build's render of the whole spec for the state drawn, and a mass change must redraw only the marker.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { validityChart, validityData, validitySize, validitySpec } from '../../../src/figures/validity/data.server';
import { layeredCharts } from '../../../src/figures/shared/layered-chart';
import { labelChart, renderPlotSvg } from '../../../src/figures/shared/plot.server';
import type { ValidityState } from '../../../src/figures/validity/state';

const data = validityData();
const base: ValidityState = { exp: 'lz-tau', m: 20, treatment: 'symmetric', set: data.defaultSetId };
const SIZES = [
  { width: 640, height: 400 },
  { width: 340, height: 300 },
];
/**
 * States in an order that keeps the coupling axis (other mass, value set or treatment), changes it
 * (other experiment), and comes back to axes drawn before.
 */
const STATES: ValidityState[] = [
  base,
  { ...base, m: 1e-6 },
  { ...base, set: '2025' },
  { ...base, exp: 'coherent-2021-mu', treatment: 'signed', m: 0.37 },
  { ...base, exp: 'coherent-2021-mu', m: 1e3 },
  { ...base, exp: 'xenonnt-tau', m: 1e3 },
  { ...base, m: 0.05 },
];

const newDocument = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const expected = (state: ValidityState, size = SIZES[0]) => renderPlotSvg(validitySpec(state, data, size), { ariaLabel: `chart of ${state.exp}` });

/** The layered drawing of a state with its own document (as the browser draws it, figure-live.ts). */
function drawn(state: ValidityState, size = SIZES[0], document = newDocument()) {
  const spec = validityChart(state, data, size);
  return { spec, chart: layeredCharts({ ...spec.options, document })(spec.layers) };
}

describe('validityChart(state, data, size) drawn as keyed layers', () => {
  it.each(SIZES)('gives exactly renderPlotSvg(validitySpec(…)) at $width × $height, for a new chart and one updated in place', (size) => {
    const document = newDocument();
    for (const state of STATES) expect(labelChart(drawn(state, size, document).chart.svg, `chart of ${state.exp}`).outerHTML).toBe(expected(state, size));
    // In place: the states that keep the coupling range (the options) of the first.
    const first = drawn(base, size, document);
    for (const state of STATES.filter((s) => validityChart(s, data, size).optionsKey === first.spec.optionsKey)) {
      first.chart.update(validityChart(state, data, size).layers, { redrawLast: true });
      expect(labelChart(first.chart.svg, `chart of ${state.exp}`).outerHTML).toBe(expected(state, size));
    }
  });

  it('names the coupling range in optionsKey: equal for another mass, value set or treatment of LZ, new for COHERENT', () => {
    const key = (state: ValidityState) => validityChart(state, data).optionsKey;
    expect(key({ ...base, m: 1e-6 })).toBe(key(base));
    expect(key({ ...base, set: '2021', treatment: 'signed' })).toBe(key(base));
    expect(key({ ...base, exp: 'coherent-2021-mu' })).not.toBe(key(base));
  });

  it('keys the axes by range and width, the curves by experiment, treatment and value set, and never the marker', () => {
    const keys = (state: ValidityState, size = SIZES[0]) => validityChart(state, data, size).layers.map((layer) => layer.key);
    const [axes, curves, marker] = keys(base);
    expect(marker).toBeUndefined();
    expect(keys({ ...base, m: 1e-6 })).toEqual([axes, curves, undefined]);
    expect(keys({ ...base, set: '2021' })[0]).toBe(axes);
    expect(keys({ ...base, set: '2021' })[1]).not.toBe(curves);
    expect(keys({ ...base, treatment: 'signed' })[1]).not.toBe(curves);
    expect(keys({ ...base, exp: 'coherent-2021-mu' })[0]).not.toBe(axes);
    expect(keys(base, SIZES[1])[0]).not.toBe(axes);
  });

  it('redraws only the marker when the mass changes: the axes’ and curves’ elements stay in place', () => {
    const { chart } = drawn(base);
    const before = [...chart.svg.children];
    chart.update(validityChart({ ...base, m: 3 }, data).layers, { redrawLast: true });
    const after = [...chart.svg.children];
    expect(after).toHaveLength(before.length);
    const markers = after.filter((node) => /validity-marker/.test(node.getAttribute('class') ?? ''));
    expect(markers).toHaveLength(2);
    after.forEach((node, i) => expect(node === before[i]).toBe(!markers.includes(node)));
  });

  it('draws the axes beneath the data, with the marker on top', () => {
    const svg = labelChart(drawn(base).chart.svg, 'chart');
    const groups = [...svg.children].filter((n) => n.tagName.toLowerCase() === 'g');
    expect(groups[0].getAttribute('stroke-opacity')).toBe('0.1'); // the coupling grid
    expect(groups.at(-1)?.getAttribute('class')).toBe('validity-marker-dot');
    expect(svg.getAttribute('role')).toBe('img');
  });

  it('keeps every data mark hidden from assistive technology', () => {
    const [, ...dataLayers] = validityChart(base, data).layers;
    const marks = dataLayers.flatMap((layer) => layer.marks() as unknown[]).flat(Infinity) as { ariaHidden?: string }[];
    expect(marks.length).toBeGreaterThanOrEqual(7);
    for (const mark of marks) expect(mark.ariaHidden).toBe('true');
  });

  it('draws the bound in its limit’s colour from the style registry (LZ pink, COHERENT grey), the same variable as the other figures', () => {
    expect(expected(base)).toContain('stroke="var(--limit-lz)"');
    expect(expected({ ...base, exp: 'coherent-2021-mu' })).toContain('stroke="var(--limit-coherent)"');
    expect(expected(base)).not.toContain('#0072b2');
  });
});

describe('validitySize(width)', () => {
  it.each([
    [Infinity, 640, 400],
    [0, 640, 400],
    [900, 640, 400],
    [500, 500, 400],
    [340, 340, 300],
    [300, 300, 300],
    [200, 260, 300],
  ])('gives a %s px column a %i × %i chart', (width, w, h) => {
    expect(validitySize(width)).toEqual({ width: w, height: h });
  });
});
