// The g−2 explorer's browser redraw (its descriptor's keyed layers → figures/shared/layered-chart.ts,
// as components/shared/figure-live.ts draws them) must give exactly the chart that one Plot render of
// the whole spec gives (the build-time chart), while replacing only the layers a control change affects.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { gm2Figure } from '../../../src/figures/gm2/descriptor';
import { gm2ChartLabel, gm2ChartSpec } from '../../../src/figures/gm2/spec';
import type { Gm2Data } from '../../../src/figures/gm2/model';
import type { Gm2FigureState } from '../../../src/figures/gm2/state';
import { gm2DataFromFiles } from '../../../src/figures/gm2/data.server';
import { renderPlotSvg } from '../../../src/figures/shared/plot.server';
import { labelChart } from '../../../src/figures/shared/chart-label';
import { layeredCharts } from '../../../src/figures/shared/layered-chart';

// The browser gets the data as JSON embedded in the page.
const data = JSON.parse(JSON.stringify(gm2DataFromFiles())) as Gm2Data;
const state = (over: Partial<Gm2FigureState> = {}): Gm2FigureState => ({ m: 15, set: '2023-paper', sigma: 1, treatment: 'symmetric', flavor: 'tau', ...over });
const newDocument = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/** The build-time chart of a state: every layer in one Plot render. */
const oneRender = (s: Gm2FigureState, width = 760) => {
  const view = gm2Figure.view(s, data);
  return renderPlotSvg(gm2ChartSpec(s, view.data, gm2Figure.size(width)), { ariaLabel: gm2ChartLabel(s, view.data) });
};

/** The browser's chart, as figure-live.ts draws it: drawn once, then updated in place (changed layers swapped, the marker moved). */
function liveChart(first: Gm2FigureState, width = 760) {
  const size = gm2Figure.size(width);
  const spec = (s: Gm2FigureState) => gm2Figure.chart(gm2Figure.view(s, data), size);
  const chart = layeredCharts({ ...spec(first).options, document: newDocument() })(spec(first).layers);
  const label = (s: Gm2FigureState) => labelChart(chart.svg, gm2ChartLabel(s, gm2Figure.view(s, data).data));
  label(first);
  return {
    svg: chart.svg,
    update(s: Gm2FigureState) {
      chart.update(spec(s).layers, { redrawLast: !gm2Figure.moveLast!(chart.svg, gm2Figure.view(s, data)) });
      label(s);
    },
  };
}

/** Top-level elements of the chart (Plot's <style> and one element per mark). */
const topLevel = (svg: Element) => [...svg.children];

describe('the g−2 explorer drawn as keyed layers and updated in place', () => {
  it.each([760, 340])('gives the same SVG as one Plot render of gm2ChartSpec, through every control, at %i px', (width) => {
    const steps = [
      state(),
      state({ set: '2025' }), // band → ceiling
      state({ set: '2025', flavor: 'mu' }),
      state({ set: '2025', flavor: 'mu', treatment: 'signed' }),
      state({ set: '2021', flavor: 'mu', treatment: 'signed', sigma: 2 }),
      state({ set: '2021', flavor: 'mu', treatment: 'signed', sigma: 2, m: 0.002 }),
      state({ m: 9000 }), // back to a band drawn before: copied from the kept drawing
    ];
    const chart = liveChart(steps[0], width);
    expect(chart.svg.outerHTML).toBe(oneRender(steps[0], width));
    for (const s of steps.slice(1)) {
      chart.update(s);
      expect(chart.svg.outerHTML, JSON.stringify(s)).toBe(oneRender(s, width));
    }
  });

  it('gives the same SVG with hypothetical limits from the URL, and a fresh draw gives it too', () => {
    const whatif = [{ id: 'whatif-1', name: 'Mine', flavor: 'tau', lower: -1e-15, upper: 2e-15, cl: 0.9, kind: 'projection' }] as const;
    const withIt = state({ m: 40, whatif });
    const chart = liveChart(state());
    chart.update(withIt);
    expect(chart.svg.outerHTML).toBe(oneRender(withIt));
    expect(chart.svg.textContent).toContain('Mine (hypothetical)');
    expect(liveChart(withIt).svg.outerHTML).toBe(oneRender(withIt));
  });

  it('keeps the <svg>, the axes and the Hubble regions, and replaces only the layers whose choice changed', () => {
    const chart = liveChart(state());
    const before = topLevel(chart.svg);
    chart.update(state({ set: '2021' }));
    const afterSet = topLevel(chart.svg);
    const kept = (a: Element[], b: Element[]) => a.map((node, i) => node === b[i]);
    // style, grid, 2 × 3 axis parts, 2 Hubble boxes and their names: 11 elements, then the band (fill,
    // edges, label), the bounds (rules, names) and the marker (line, dot), moved in place.
    expect(before).toHaveLength(11 + 3 + 2 + 2);
    expect(kept(before, afterSet)).toEqual([...Array(11).fill(true), false, false, false, true, true, true, true]);
    chart.update(state({ set: '2021', flavor: 'mu' }));
    const afterFlavor = topLevel(chart.svg);
    expect(kept(afterSet, afterFlavor)).toEqual([...Array(11).fill(true), true, true, true, false, false, true, true]);
    // A mass change only moves the marker.
    const marker = chart.svg.querySelector('.gm2-marker line')!.getAttribute('x1');
    chart.update(state({ set: '2021', flavor: 'mu', m: 3 }));
    expect(kept(afterFlavor, topLevel(chart.svg)).every(Boolean)).toBe(true);
    expect(chart.svg.querySelector('.gm2-marker line')!.getAttribute('x1')).not.toBe(marker);
  });

  it('leaves no aria-label inside the role="img" chart after an update', () => {
    const chart = liveChart(state());
    chart.update(state({ set: '2025', flavor: 'mu' }));
    expect(chart.svg.getAttribute('role')).toBe('img');
    expect(chart.svg.getAttribute('aria-label')).toBe(gm2ChartLabel(state({ set: '2025', flavor: 'mu' }), data));
    expect(chart.svg.querySelectorAll('[aria-label]')).toHaveLength(0);
  });
});
