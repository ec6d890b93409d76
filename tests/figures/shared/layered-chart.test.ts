// The g−2 explorer's browser redraw (components/gm2/gm2-live.ts drawChart → figures/shared/layered-chart.ts) must
// give exactly the chart that one Plot render of the whole spec gives (the build-time chart), while
// replacing only the layers a control change affects.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { drawChart } from '../../../src/components/gm2/gm2-live';
import { gm2ChartLabel, gm2ChartSpec } from '../../../src/figures/gm2/spec';
import type { CeilingLimit } from '../../../src/figures/gm2/model';
import type { Gm2State } from '../../../src/figures/gm2/state';
import { gm2DataFromFiles } from '../../../src/figures/gm2/data.server';
import { renderPlotSvg } from '../../../src/figures/shared/plot.server';

// The browser gets the data as JSON embedded in the page.
const data = JSON.parse(JSON.stringify(gm2DataFromFiles())) as ReturnType<typeof gm2DataFromFiles>;
const state = (over: Partial<Gm2State> = {}): Gm2State => ({ m: 15, set: '2023-paper', sigma: 1, treatment: 'symmetric', flavor: 'tau', ...over });
const newDocument = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const heightOf = (width: number) => (width < 560 ? Math.round(width * 0.9) : 480);

/** The build-time chart of a state: every layer in one Plot render. */
const oneRender = (s: Gm2State, d = data, width = 760) =>
  renderPlotSvg(gm2ChartSpec(s, d, { width, height: heightOf(width) }), { ariaLabel: gm2ChartLabel(s, d) });

/** Top-level elements of the chart (Plot's <style> and one element per mark). */
const topLevel = (svg: Element) => [...svg.children];

describe('drawChart(state, data, width) and its update(state, data, width)', () => {
  it.each([760, 340])('give the same SVG as one Plot render of gm2ChartSpec, through every control, at %i px', (width) => {
    const steps = [
      state(),
      state({ set: '2025' }), // band → ceiling
      state({ set: '2025', flavor: 'mu' }),
      state({ set: '2025', flavor: 'mu', treatment: 'signed' }),
      state({ set: '2021', flavor: 'mu', treatment: 'signed', sigma: 2 }),
      state({ set: '2021', flavor: 'mu', treatment: 'signed', sigma: 2, m: 0.002 }),
      state({ m: 9000 }), // back to a band drawn before: copied from the kept drawing
    ];
    const chart = drawChart(steps[0], data, width, newDocument());
    expect(chart.svg.outerHTML).toBe(oneRender(steps[0], data, width));
    for (const s of steps.slice(1)) {
      expect(chart.update(s, data, width)).toBe(true);
      expect(chart.svg.outerHTML, JSON.stringify(s)).toBe(oneRender(s, data, width));
    }
  });

  it('gives the same SVG with hypothetical limits, and a fresh draw gives it too', () => {
    const mine: CeilingLimit = { id: 'whatif-0', label: 'Mine', flavors: ['tau'], lower: -1e-15, upper: 2e-15, kind: 'hypothetical', cl: 0.9 };
    const withIt = { ...data, limits: [...data.limits, mine] };
    const chart = drawChart(state(), data, 760, newDocument());
    expect(chart.update(state({ m: 40 }), withIt, 760)).toBe(true);
    expect(chart.svg.outerHTML).toBe(oneRender(state({ m: 40 }), withIt));
    expect(drawChart(state({ m: 40 }), withIt, 760, newDocument()).svg.outerHTML).toBe(oneRender(state({ m: 40 }), withIt));
  });

  it('keeps the <svg>, the axes and the Hubble regions, and replaces only the layers whose choice changed', () => {
    const chart = drawChart(state(), data, 760, newDocument());
    const before = topLevel(chart.svg);
    chart.update(state({ set: '2021' }), data, 760);
    const afterSet = topLevel(chart.svg);
    const kept = (a: Element[], b: Element[]) => a.map((node, i) => node === b[i]);
    // style, grid, 2 × 3 axis parts, 2 Hubble boxes and their names: 11 elements, then the band (fill,
    // edges, label), the bounds (rules, names) and the marker (line, dot).
    expect(before).toHaveLength(11 + 3 + 2 + 2);
    expect(kept(before, afterSet)).toEqual([...Array(11).fill(true), false, false, false, true, true, true, true]);
    chart.update(state({ set: '2021', flavor: 'mu' }), data, 760);
    const afterFlavor = topLevel(chart.svg);
    expect(kept(afterSet, afterFlavor)).toEqual([...Array(11).fill(true), true, true, true, false, false, true, true]);
    // A mass change only moves the marker.
    chart.update(state({ set: '2021', flavor: 'mu', m: 3 }), data, 760);
    expect(kept(afterFlavor, topLevel(chart.svg)).every(Boolean)).toBe(true);
  });

  it('leaves no aria-label inside the role="img" chart after an update, and refuses another width', () => {
    const chart = drawChart(state(), data, 760, newDocument());
    chart.update(state({ set: '2025', flavor: 'mu' }), data, 760);
    expect(chart.svg.getAttribute('role')).toBe('img');
    expect(chart.svg.getAttribute('aria-label')).toBe(gm2ChartLabel(state({ set: '2025', flavor: 'mu' }), data));
    expect(chart.svg.querySelectorAll('[aria-label]')).toHaveLength(0);
    expect(chart.update(state(), data, 600)).toBe(false);
  });
});
