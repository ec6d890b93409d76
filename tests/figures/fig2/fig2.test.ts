import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import limitsJson from '../../../src/data/millicharge-limits.json';
import { couplingBound, neutrinoMillicharge } from '../../../src/physics/index';
import { fig2AxisMarks, fig2Chart, fig2Spec } from '../../../src/figures/fig2/spec';
import { parseFig2State, type Fig2State } from '../../../src/figures/fig2/state';
import { fig2Description, fig2View, limitStyle, standing } from '../../../src/figures/fig2/view';
import { limitsData } from '../../../src/figures/shared/figure-data.server';
import { renderPlotSvg } from '../../../src/figures/shared/plot.server';
import { layeredCharts } from '../../../src/figures/shared/layered-chart';
import { parseHTML } from 'linkedom';
import { expectClose } from '../../helpers/expect-close';
import { normaliseSvg } from '../../helpers/svg-snapshot';

const data = limitsData();
const state = (search = ''): Fig2State => parseFig2State(data, search).state;
const ALL = `exp=${limitsJson.limits.map((l) => l.id).join(',')}`;

// Independent of src/physics: |q_ν|/g² = ln(m_τ²/m_μ²)/(12π²) from eqs. (5) and (8), PDG 2024 masses.
const K = (2 * Math.log(1776.93 / 105.6583755)) / (12 * Math.PI ** 2);

/** True when a limit's larger end lies on Fig. 2's |q| axis, 10⁻²⁶ to 10⁻⁵ e. */
const onQAxis = (l: { interval: { lower: number; upper: number } }) => Math.max(-l.interval.lower, l.interval.upper) <= 1e-5;

type MarkWithData = Plot.Markish & { data: unknown[]; className?: string };
const marks = (options: Plot.PlotOptions) => (options.marks ?? []).flat() as MarkWithData[];
const limitMarks = <T>(options: Plot.PlotOptions, type: new (...args: never[]) => T) =>
  marks(options).filter((m) => m instanceof type && /fig2-limit/.test(m.className ?? ''));

/** The horizontal limit lines of a render, in drawing order: limit id, classes, stroke, width and dash. */
function horizontalLines(options: Plot.PlotOptions) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  return [...svg.querySelectorAll('g.fig2-limits:not(.fig2-gmax) > line')].map((line) => ({
    // The last fig2-limit-… class names the limit (a flavour's line adds its own key before it).
    id: (line.getAttribute('class') ?? '')
      .split(' ')
      .filter((c) => c.startsWith('fig2-limit-'))
      .pop()
      ?.slice('fig2-limit-'.length),
    className: line.getAttribute('class') ?? '',
    stroke: line.getAttribute('stroke'),
    width: line.getAttribute('stroke-width'),
    dash: line.getAttribute('stroke-dasharray'),
  }));
}

describe('fig2Spec(state, data)', () => {
  it('sets width, height, log axes over the paper’s ranges and 10⁻ⁿ tick labels', () => {
    const spec = fig2Spec(state(), data);
    expect(spec.width).toBe(720);
    expect(spec.height).toBe(470);
    expect(spec.x).toMatchObject({ type: 'log', domain: [1e-12, 1e-2] });
    expect(spec.y).toMatchObject({ type: 'log', domain: [1e-26, 1e-5] });
    const format = (spec.x as { tickFormat: (x: number) => string }).tickFormat;
    expect([1e-12, 1e-6, 1e-2].map(format)).toEqual(['10⁻¹²', '10⁻⁶', '10⁻²']);
  });

  it('hides every data mark from assistive technology (the <svg> carries the label; labelChart strips the axes’ labels)', () => {
    const axes = new Set(fig2AxisMarks().flat(3));
    const all = (fig2Spec(state(ALL), data).marks ?? []).flat(3);
    const dataMarks = all.filter((mark) => !axes.has(mark));
    expect(all.length - dataMarks.length).toBe(axes.size); // the explicit axes are there
    for (const mark of dataMarks) expect((mark as unknown as { ariaHidden: string }).ariaHidden).toBe('true');
  });

  it('draws the model line through (g, k g²) with k = ln(m_τ²/m_μ²)/12π²', () => {
    const line = marks(fig2Spec(state(), data)).find((m) => m instanceof Plot.Line)!;
    const points = line.data as { g: number; q: number }[];
    expect(points[0].g).toBeCloseTo(1e-12, 20);
    expectClose(points[points.length - 1].g, 1e-2, { rel: 1e-12 });
    for (const { g, q } of points) expectClose(q, K * g * g, { rel: 1e-9 });
  });

  it('by default draws one horizontal rule per limit of the paper’s figure', () => {
    const lines = horizontalLines(fig2Spec(state(), data));
    expect(lines.map((l) => l.id)).toEqual(limitsJson.limits.filter((l) => l.showInPaperFigure).map((l) => l.id));
  });

  it.each([
    ['both', 'both'],
    ['mu', 'mu'],
    ['tau', 'tau'],
  ])('with flavor=%s draws one rule per limit on that flavour, each in its own dash pattern and width', (flavor) => {
    const lines = horizontalLines(fig2Spec(state(`${ALL}&flavor=${flavor}`), data));
    // A line is drawn when its |q| (the interval's larger end, symmetric treatment) is on the 10⁻²⁶–10⁻⁵ e axis:
    // not BEBC's 4 × 10⁻⁴ e.
    const expected = limitsJson.limits.filter((l) => (flavor === 'both' || (l.flavors as string[]).includes(flavor)) && onQAxis(l));
    expect(lines.map((l) => l.id)).toEqual(expected.map((l) => l.id));
    expected.forEach((limit, i) => {
      const style = limitStyle(data.limits.find((l) => l.id === limit.id)!);
      expect(lines[i]).toMatchObject({ dash: style.dash === 'none' ? null : style.dash, width: String(style.width), stroke: style.color });
    });
    // Colour is never the only cue: no two lines share a dash pattern.
    expect(new Set(lines.map((l) => l.dash)).size).toBe(lines.length);
  });

  it.each(['symmetric', 'signed'] as const)('puts each %s g_max line where couplingBound says, at |q| = k g_max²', (treatment) => {
    const spec = fig2Spec(state(`${ALL}&flavor=tau&treatment=${treatment}`), data);
    const verticals = limitMarks(spec, Plot.RuleX)
      .flatMap((m) => m.data as { gmax: number; cap: number }[])
      .map((l) => ({ g: l.gmax, q: l.cap }));
    // Drawn where g_max = √(|q|/k) lies on the 10⁻¹²–10⁻² axis (not BEBC's √(4e-4/0.048) ≈ 0.09).
    const tauLimits = limitsJson.limits.filter((l) => (l.flavors as string[]).includes('tau') && onQAxis(l));
    expect(verticals).toHaveLength(tauLimits.length);
    tauLimits.forEach((l, i) => {
      // Signed: the end on the side of the model's ν_τ charge (its sign is src/physics' to decide).
      const signedEnd = Math.sign(neutrinoMillicharge(1, 'tau')) > 0 ? l.interval.upper : -l.interval.lower;
      const reach = treatment === 'signed' ? signedEnd : Math.max(-l.interval.lower, l.interval.upper);
      expectClose(verticals[i].g, Math.sqrt(reach / K), { rel: 1e-9 }, l.id);
      expectClose(verticals[i].g, couplingBound({ flavor: 'tau', ...l.interval }, treatment), { rel: 1e-12 }, l.id);
      expectClose(verticals[i].q, reach, { rel: 1e-9 }, l.id);
    });
  });

  it('draws both Hubble regions, clamped to the plotted g range', () => {
    const rects = marks(fig2Spec(state(), data)).filter((m) => m instanceof Plot.Rect && /fig2-hubble/.test(m.className ?? ''));
    expect(rects.map((r) => (r.data as { x1: number; x2: number }[])[0])).toEqual([
      expect.objectContaining({ x1: 1e-12, x2: 1e-9 }),
      expect.objectContaining({ x1: 3e-4, x2: 8e-4 }),
    ]);
  });

  it('draws the g−2 band as a rectangle, and for the 2025 set a ceiling instead', () => {
    const band = marks(fig2Spec(state(), data)).filter((m) => /fig2-gm2-band/.test(m.className ?? ''));
    expect(band).toHaveLength(1);
    const ceilingSpec = fig2Spec(state('set=2025'), data);
    expect(marks(ceilingSpec).filter((m) => /fig2-gm2-band/.test(m.className ?? ''))).toHaveLength(0);
    expect(marks(ceilingSpec).filter((m) => /fig2-gm2-ceiling/.test(m.className ?? '')).length).toBeGreaterThan(0);
  });

  it('draws a what-if limit with the hypothetical style, at its |q| bound', () => {
    const spec = fig2Spec(state('whatif=Mine~tau~-1e-16~1e-16~~projection'), data);
    const hyp = horizontalLines(spec).filter((l) => /fig2-hypothetical/.test(l.className));
    expect(hyp).toHaveLength(1);
    expect(hyp[0]).toMatchObject({ stroke: 'var(--limit-whatif)', width: '2.4' });
    const [rule] = marks(spec).filter((m) => m instanceof Plot.RuleY && m.className === 'fig2-limits');
    const drawn = (rule.data as { cap: number; limit: { hypothetical?: boolean } }[]).filter((l) => l.limit.hypothetical);
    expect(drawn).toHaveLength(1);
    expectClose(drawn[0].cap, 1e-16, { rel: 1e-9 });
  });
});

describe('limitsData(), the data Fig. 2 is drawn from', () => {
  it('gives every limit the standing of its data entry: CL source, why it is disputed, its extra reference', () => {
    for (const [i, l] of limitsJson.limits.entries()) {
      const limit = standing(data.limits[i]);
      expect(data.limits[i].id).toBe(l.id);
      expect(limit.clSource, l.id).toBe(l.clSource);
      expect(limit.disputed, l.id).toBe('disputed' in l ? l.disputed : undefined);
      expect(limit.extraRef, l.id).toBe('extraRef' in l.reference ? l.reference.extraRef : undefined);
    }
    // The BEBC beam dump is from a work the paper does not cite; the paper's beam-dump number is disputed.
    expect(standing(data.limits.find((l) => l.id === 'bebc-beam-dump-tau')!).extraRef).toMatch(/^extra-/);
    expect(standing(data.limits.find((l) => l.id === 'beam-dump-tau')!).disputed).toBeTruthy();
  });
});

describe('fig2View(state, data)', () => {
  it('merges a two-flavour limit with equal bounds into one line', () => {
    const keys = fig2View(state(`exp=xmass-mu-tau`), data).lines.map((l) => l.key);
    expect(keys).toEqual(['xmass-mu-tau']);
  });

  it('marks lines beyond the |q| axis as off scale and says so in the description', () => {
    const s = state('exp=none&whatif=Tiny~tau~-1e-40~1e-40~~projection');
    const view = fig2View(s, data);
    expect(view.lines[0].onScale).toBe(false);
    expect(fig2Description(view, s)).toContain('off the plotted range');
  });

  it('describes the paper’s view in words, naming every limit and band', () => {
    const s = state();
    const text = fig2Description(fig2View(s, data), s);
    for (const name of ['COHERENT 2021', 'XENONnT', 'LUX-ZEPLIN (ν_τ)', 'Beam dump', '(g−2)_μ', 'Hubble']) expect(text).toContain(name);
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('Fig. 2 SVG snapshots', () => {
  it.each([
    ['default', ''],
    ['tau-signed-2025', 'flavor=tau&treatment=signed&set=2025&sigma=2'],
    ['all-limits-whatif', `${ALL}&mmin=5&mmax=100&whatif=Mine~mu~-1e-14~2e-14~0.9~observed`],
  ])('%s', async (name, search) => {
    const s = state(search);
    const svg = renderPlotSvg(fig2Spec(s, data), { ariaLabel: fig2Description(fig2View(s, data), s) });
    expect(svg).not.toMatch(/NaN|Infinity/);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(`__snapshots__/fig2-${name}.svg`);
  });
});

describe('fig2Chart(view, state): keyed layers', () => {
  const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  it.each(['', 'set=2025&flavor=tau&treatment=signed', `${ALL}&sigma=2`, 'exp=none', 'whatif=Mine~tau~-1e-16~1e-16~~projection&mmin=1&mmax=300'])(
    'redrawn layer by layer after the default state, gives exactly the markup of one render of the whole figure (?%s)',
    (search) => {
      const s = state(search);
      const view = fig2View(s, data);
      const whole = (Plot.plot({ ...fig2Spec(s, data, view), document: doc() }) as unknown as Element).outerHTML;
      // The browser draws the keyed layers once, for whichever state it draws first, and copies them.
      const first = fig2Chart(fig2View(state(''), data), state(''));
      const chart = layeredCharts({ ...first.options, document: doc() })(first.layers);
      const next = fig2Chart(view, s);
      expect(next.layers.map((layer) => layer.key)).toEqual(first.layers.map((layer) => layer.key));
      chart.update(next.layers, { redrawLast: true, newRoot: next.pointer });
      expect(chart.svg.outerHTML).toBe(whole);
      // A second redraw, as the browser does it: again the whole figure, on a new root (Plot's tip listens there).
      const before = chart.svg;
      chart.update(fig2Chart(view, s).layers, { redrawLast: true, newRoot: true });
      expect(chart.svg).not.toBe(before);
      expect(chart.svg.outerHTML).toBe(whole);
    },
  );
});
