// drawValidityChart draws the data with Plot and copies a kept drawing of the axes beneath them.
// Whatever it keeps, the chart must be exactly the build's render of validitySpec.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { drawValidityChart, prepareValidityChart, validityData, validityLayers, validitySpec, type ValidityLayers } from '../../src/figures/validity';
import { renderPlotSvg } from '../../src/figures/plot-server';
import type { ValidityState } from '../../src/figures/validity-state';

const data = validityData();
const base: ValidityState = { exp: 'lz-tau', m: 20, treatment: 'symmetric', set: data.defaultSetId };
const SIZES = [
  { width: 640, height: 400 },
  { width: 340, height: 300 },
];
/** States in an order that revisits axes already kept (same experiment, other mass or set). */
const STATES: ValidityState[] = [
  base,
  { ...base, m: 1e-6 },
  { ...base, set: '2025' },
  { ...base, exp: 'coherent-2021-mu', treatment: 'signed', m: 0.37 },
  { ...base, exp: 'xenonnt-tau', m: 1e3 },
  { ...base, m: 0.05 },
];

const newDocument = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

describe('drawValidityChart(layers, ariaLabel, document)', () => {
  it.each(SIZES)('draws exactly the SVG that renderPlotSvg(validitySpec(…)) gives, at $width × $height, also from kept axes', (size) => {
    const document = newDocument();
    for (const state of STATES) {
      const expected = renderPlotSvg(validitySpec(state, data, size), { ariaLabel: `chart of ${state.exp}` });
      expect(drawValidityChart(validityLayers(state, data, size), `chart of ${state.exp}`, document).outerHTML).toBe(expected);
    }
  });

  it('draws the same chart from axes prepared ahead (prepareValidityChart) as from axes drawn on demand', () => {
    const document = newDocument();
    const states = [{ ...base, exp: 'gemma' }, { ...base, exp: 'xmass-mu-tau', m: 300 }];
    for (const state of states) prepareValidityChart(validityLayers(state, data), document);
    for (const state of states) {
      const expected = renderPlotSvg(validitySpec(state, data), { ariaLabel: 'chart' });
      expect(drawValidityChart(validityLayers(state, data), 'chart', document).outerHTML).toBe(expected);
    }
  });

  it('reuses the axes drawing only for equal keys: the same range and size', () => {
    const key = (state: ValidityState, size = SIZES[0]) => validityLayers(state, data, size).axesKey;
    expect(key({ ...base, m: 1e-6 })).toBe(key(base));
    expect(key({ ...base, exp: 'coherent-2021-mu' })).not.toBe(key(base));
    expect(key(base, SIZES[1])).not.toBe(key(base));
  });

  it('draws the axes beneath the data, with the marker on top', () => {
    const svg = drawValidityChart(validityLayers(base, data), 'chart', newDocument());
    const groups = [...svg.children].filter((n) => n.tagName.toLowerCase() === 'g');
    expect(groups[0].getAttribute('stroke-opacity')).toBe('0.1'); // the coupling grid
    expect(groups.at(-1)?.getAttribute('class')).toBe('validity-marker-dot');
    expect(svg.getAttribute('role')).toBe('img');
  });

  it('keeps the marks of every layer hidden from assistive technology except Plot’s axes', () => {
    const layers: ValidityLayers = validityLayers(base, data);
    const marks = (layers.marks as unknown[]).flat(Infinity) as { ariaHidden?: string }[];
    for (const mark of marks) expect(mark.ariaHidden).toBe('true');
  });
});
