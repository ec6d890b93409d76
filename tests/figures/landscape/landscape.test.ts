// The landscape figure (src/figures/landscape): reading a curve between its points, the URL schema,
// the descriptor's layers (a mass change redraws only the marker) and its build render.
import { describe, expect, it } from 'vitest';
import { couplingAt, lowestLimitAt } from '../../../src/figures/landscape/curves';
import { landscapeData } from '../../../src/figures/landscape/data.server';
import { landscapeFigure } from '../../../src/figures/landscape/descriptor';
import { visiblePart } from '../../../src/figures/landscape/marks';
import { renderFigure } from '../../../src/figures/shared/render.server';
import { parseState, serializeState } from '../../../src/figures/shared/url-state';
import { zprimeLimits } from '../../../src/data/zprime-limits';
import { expectClose } from '../../helpers/expect-close';

const data = landscapeData();
const schema = landscapeFigure.schema(data);

describe('couplingAt(segments, m)', () => {
  const segments = [
    [
      [1, 1e-3],
      [100, 1e-1],
    ] as const,
    [
      [200, 1],
      [400, 2],
    ] as const,
  ];
  it('interpolates linearly in log m and log g: halfway in log between (1, 10⁻³) and (100, 10⁻¹) is 10⁻²', () => {
    expectClose(couplingAt(segments, 10)!, 1e-2, { rel: 1e-12 });
  });
  it('returns the stored g at a point', () => {
    expect(couplingAt(segments, 100)).toBe(1e-1);
    expect(couplingAt(segments, 400)).toBe(2);
  });
  it('has no value outside the curve or between its segments', () => {
    expect(couplingAt(segments, 0.5)).toBeUndefined();
    expect(couplingAt(segments, 150)).toBeUndefined();
    expect(couplingAt(segments, 500)).toBeUndefined();
  });
  it('reads BaBar’s stored minimum at 226.62 MeV (arXiv:1606.03501: "as low as 7 × 10⁻⁴")', () => {
    const babar = data.limits.find((l) => l.id === 'babar-4mu-2016')!;
    expectClose(couplingAt(babar.segments, 226.62)!, 6.7362e-4, { rel: 1e-12 });
  });
  it('lowestLimitAt picks the strongest limit covering the mass', () => {
    // At 1 GeV BaBar (≈ 2e-3) and CCFR (≈ 1e-2, growing ∝ m above a few hundred MeV) both reach.
    const lowest = lowestLimitAt(data.limits, 1000)!;
    const all = data.limits.map((l) => couplingAt(l.segments, 1000)).filter((g): g is number => g !== undefined);
    expect(lowest.g).toBe(Math.min(...all));
    expect(lowestLimitAt(data.limits, 0.01)).toBeUndefined();
  });
});

describe('visiblePart(segment)', () => {
  it('cuts a segment at the chart’s 10 GeV edge by log–log interpolation and holds g ≤ 0.1', () => {
    // From (10³, 10⁻²) to (10⁵, 1): at 10⁴ MeV g = 10⁻¹.
    const part = visiblePart([
      [1e3, 1e-2],
      [1e5, 1],
    ]);
    expect(part).toHaveLength(2);
    expect(part[1]!.m).toBe(1e4);
    expectClose(part[1]!.g, 1e-1, { rel: 1e-12 });
  });
});

describe('landscape URL state', () => {
  it('round-trips a state and omits defaults', () => {
    const { state, notices } = parseState(schema, '?set=2021&sigma=2&show=band,limits&m=250');
    expect(notices).toEqual([]);
    expect(state).toEqual({ set: '2021', sigma: 2, show: ['limits', 'band'], m: 250 });
    expect(serializeState(schema, state)).toBe('set=2021&sigma=2&show=limits,band&m=250');
    expect(serializeState(schema, parseState(schema, '').state)).toBe('');
  });
  it('names a bad mass in a notice and keeps the default', () => {
    const { state, notices } = parseState(schema, '?m=1e9');
    expect(state.m).toBe(100);
    expect(notices).toEqual(['Ignored m="1e9": Z′ mass in MeV must lie in [0.001, 10000]; using the default.']);
  });
});

describe('landscapeFigure', () => {
  const view = (query: string) => landscapeFigure.view(parseState(schema, query).state, data);
  const size = landscapeFigure.size(760);

  it('keeps every layer but the marker when only the mass changes', () => {
    const a = landscapeFigure.chart(view('m=10'), size).layers;
    const b = landscapeFigure.chart(view('m=500'), size).layers;
    expect(a.slice(0, -1).map((l) => l.key)).toEqual(b.slice(0, -1).map((l) => l.key));
    a.slice(0, -1).forEach((layer, i) => expect(layer.key).toBe(b[i]!.key));
    expect(a.at(-1)!.key).toBeUndefined();
  });

  it('changes only the band layer when σ changes', () => {
    const a = landscapeFigure.chart(view('sigma=1'), size).layers;
    const b = landscapeFigure.chart(view('sigma=2'), size).layers;
    expect([0, 1, 2, 3].map((i) => a[i]!.key === b[i]!.key)).toEqual([true, true, true, false]);
  });

  it('reads each limit at the readout mass, or says there is none', () => {
    const v = view('m=1');
    const ccfr = v.readings.find((r) => r.limit.id === 'ccfr-trident-2014')!;
    // The stored CCFR point at 1 MeV (spinjo/SNforMuTau NTPdata.csv): 7.20632e-4.
    expect(ccfr.g).toBe(7.20632e-4);
    expect(v.readings.find((r) => r.limit.id === 'babar-4mu-2016')!.g).toBeUndefined();
    expect(v.survivesHere).toBe(true);
  });

  it('renders at build time with every curve in the legend, a sentence and no NaN', () => {
    const rendered = renderFigure(landscapeFigure, data);
    expect(rendered.svg).toMatch(/^<svg[^>]*role="img"/);
    expect(rendered.svg).not.toMatch(/NaN|undefined|Infinity/);
    for (const limit of zprimeLimits.limits) expect(rendered.fragments.legend).toContain(`data-curve="${limit.id}"`);
    expect(rendered.fragments.survival).toMatch(/With set 2023-paper at 1σ, part of the band escapes the drawn limits up to about \d/);
    expect(rendered.fragments.data.match(/<tr>/g)).toHaveLength(1 + zprimeLimits.limits.reduce((n, l) => n + l.segments.flat().length, 0));
  });

  it('downloads every drawn point with its source, whatever is shown', () => {
    const rows = landscapeFigure.download.rows(view('show=none'));
    expect(rows).toHaveLength(zprimeLimits.limits.reduce((n, l) => n + l.segments.flat().length, 0));
    expect(rows.every((r) => typeof r.source === 'string' && (r.source as string).includes('@'))).toBe(true);
  });

  it('shows the millicharge recast only when asked, with its reading at the mass', () => {
    expect(view('').recast).toBeUndefined();
    const v = view('show=recast&m=10');
    expect(v.recast?.limits.length).toBeGreaterThan(0);
    expect(v.recastHere!.best).toBeLessThan(v.recastHere!.worst);
    expect(landscapeFigure.cite(v)).toEqual(['paper', 'recast']);
  });

  it('cites the paper and each shown curve', () => {
    expect(landscapeFigure.cite(view(''))).toEqual(['paper', ...data.limits.map((l) => l.id), 'hubble']);
    expect(landscapeFigure.cite(view('show=band'))).toEqual(['paper']);
  });
});
