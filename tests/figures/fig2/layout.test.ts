import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { fig2Chart } from '../../../src/figures/fig2/spec';
import { fig2Layout, fig2Size } from '../../../src/figures/fig2/layout';
import { parseFig2State } from '../../../src/figures/fig2/state';
import { fig2View } from '../../../src/figures/fig2/view';
import { flatSpec } from '../../../src/figures/shared/descriptor';
import { renderPlotSvg } from '../../../src/figures/shared/plot.server';
import { limitsData } from '../../../src/figures/shared/figure-data.server';

const data = limitsData();

/** The build's SVG of Fig. 2 (default state, or a query) at a chart size, parsed. */
function drawn(width: number, search = '') {
  const state = parseFig2State(data, search).state;
  const svg = renderPlotSvg(flatSpec(fig2Chart(fig2View(state, data), state, fig2Size(width))), { ariaLabel: 'Fig. 2' });
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
}

/** A text's font size in px as CSS resolves it: the nearest style, else the nearest attribute (an element's style beats its attribute). */
function fontSize(text: Element): number {
  for (let el: Element | null = text; el; el = el.parentElement) {
    const style = /font-size:\s*([\d.]+)px/.exec(el.getAttribute('style') ?? '');
    if (style) return parseFloat(style[1]);
    const size = el.getAttribute('font-size');
    if (size) return parseFloat(size);
  }
  return 16;
}

/** The x of an element's own and its ancestors' translate() transforms, summed. */
function translatedX(el: Element): number {
  let x = 0;
  for (let node: Element | null = el; node && node.localName !== 'svg'; node = node.parentElement)
    x += parseFloat(/translate\(([-\d.]+)/.exec(node.getAttribute('transform') ?? '')?.[1] ?? '0');
  return x;
}

describe('fig2Size(width) and fig2Layout(size)', () => {
  it.each([
    [Infinity, 720],
    [1000, 720],
    [600, 600],
    [300, 300],
    [200, 260],
  ])('fig2Size(%s) is %s px wide at the full frame’s 470 px height', (width, expected) => {
    expect(fig2Size(width)).toEqual({ width: expected, height: 470 });
  });

  it('lays out 540 px and wider with the labels’ right margin, narrower compactly', () => {
    expect(fig2Layout(fig2Size(540))).toMatchObject({ compact: false, marginRight: 118 });
    expect(fig2Layout(fig2Size(539))).toMatchObject({ compact: true, marginRight: 14 });
  });
});

describe('fig2Chart(view, state, size) on a phone', () => {
  it.each([260, 300, 360])('draws no text under 12 px at %s px, with every limit shown', (width) => {
    const doc = drawn(width, 'exp=coherent-2021-mu,xenonnt-tau,lz-mu,lz-tau,beam-dump-tau&mmin=1&mmax=2');
    const texts = [...doc.querySelectorAll('text')];
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((t) => fontSize(t) < 12).map((t) => t.textContent)).toEqual([]);
  });

  it('ticks every other decade of g (10⁻¹², 10⁻¹⁰, … 10⁻²), so the tick labels do not touch', () => {
    // The y axis's tick labels are the group anchored at their end; the x axis's are centred.
    const ticks = [...drawn(300).querySelectorAll('g:not([text-anchor="end"]) > text')].map((t) => t.textContent).filter((t) => t?.startsWith('10'));
    expect(ticks).toEqual(['10⁻¹²', '10⁻¹⁰', '10⁻⁸', '10⁻⁶', '10⁻⁴', '10⁻²']);
  });

  it('puts the limit labels inside the plot, so nothing is drawn right of the 300-px chart', () => {
    const labels = [...drawn(300).querySelectorAll('g.fig2-limits text')];
    expect(labels.length).toBeGreaterThan(0);
    // The plot's left edge (margin 50) plus the labels' 4-px offset.
    for (const label of labels) expect(translatedX(label)).toBe(54);
  });
});
