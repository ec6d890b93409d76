// drawValidityChart draws the data with Plot and copies kept drawings of the axes beneath them, or
// updates the chart it drew last in place. Whatever it keeps or reuses, the chart must be exactly
// the build's render of validitySpec for the state drawn.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { drawValidityChart, prepareValidityChart, validityData, validityLayers, validitySpec } from '../../../src/figures/validity/data.server';
import { renderPlotSvg } from '../../../src/figures/shared/plot.server';
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

describe('drawValidityChart(layers, ariaLabel, {previous, document})', () => {
  it.each(SIZES)('draws a new chart that is exactly renderPlotSvg(validitySpec(…)), at $width × $height, also from kept axes', (size) => {
    const document = newDocument();
    for (const state of STATES) {
      expect(drawValidityChart(validityLayers(state, data, size), `chart of ${state.exp}`, { document }).outerHTML).toBe(expected(state, size));
    }
  });

  it.each(SIZES)('updates the previous chart in place to exactly the new state’s render, at $width × $height', (size) => {
    const document = newDocument();
    const first = drawValidityChart(validityLayers(STATES[0], data, size), 'first', { document });
    for (const state of STATES.slice(1)) {
      const chart = drawValidityChart(validityLayers(state, data, size), `chart of ${state.exp}`, { document, previous: first });
      expect(chart).toBe(first);
      expect(chart.outerHTML).toBe(expected(state, size));
    }
  });

  it('draws a new chart when the size changes, or when the previous chart was not drawn here (the build’s)', () => {
    const document = newDocument();
    const wide = drawValidityChart(validityLayers(base, data, SIZES[0]), 'chart', { document });
    const narrow = drawValidityChart(validityLayers(base, data, SIZES[1]), 'chart', { document, previous: wide });
    expect(narrow).not.toBe(wide);
    const server = parseHTML(`<!doctype html><html><body>${expected(base)}</body></html>`).document.querySelector('svg') as unknown as Element;
    expect(drawValidityChart(validityLayers(base, data), 'chart', { document, previous: server })).not.toBe(server);
  });

  it('draws the same chart from axes prepared ahead (prepareValidityChart) as from axes drawn on demand', () => {
    const document = newDocument();
    const states = [
      { ...base, exp: 'gemma' },
      { ...base, exp: 'xmass-mu-tau', m: 300 },
    ];
    for (const state of states) prepareValidityChart(validityLayers(state, data), document);
    for (const state of states) expect(drawValidityChart(validityLayers(state, data), `chart of ${state.exp}`, { document }).outerHTML).toBe(expected(state));
  });

  it('keys each axis by what it depends on: the size, and for the coupling axis its range', () => {
    const keys = (state: ValidityState, size = SIZES[0]) => validityLayers(state, data, size).axes.map((axis) => axis.key);
    expect(keys({ ...base, m: 1e-6, set: '2021' })).toEqual(keys(base));
    const [coupling, mass] = keys({ ...base, exp: 'coherent-2021-mu' });
    expect(coupling).not.toBe(keys(base)[0]);
    expect(mass).toBe(keys(base)[1]);
    expect(keys(base, SIZES[1])).not.toContain(keys(base)[1]);
  });

  it('draws the axes beneath the data, with the marker on top', () => {
    const svg = drawValidityChart(validityLayers(base, data), 'chart', { document: newDocument() });
    const groups = [...svg.children].filter((n) => n.tagName.toLowerCase() === 'g');
    expect(groups[0].getAttribute('stroke-opacity')).toBe('0.1'); // the coupling grid
    expect(groups.at(-1)?.getAttribute('class')).toBe('validity-marker-dot');
    expect(svg.getAttribute('role')).toBe('img');
  });

  it('keeps every data mark hidden from assistive technology', () => {
    const marks = (validityLayers(base, data).marks as unknown[]).flat(Infinity) as { ariaHidden?: string }[];
    for (const mark of marks) expect(mark.ariaHidden).toBe('true');
  });
});
