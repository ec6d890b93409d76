import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { BAND_COLOR, gm2ChartSpec, gm2ChartLabel, bandFor } from '../../src/figures/gm2-explorer';
import { shownBounds, type CeilingLimit, type Gm2Data } from '../../src/figures/gm2-explorer-data';
import { gm2DataFromFiles } from '../../src/figures/gm2-explorer-source';
import { gm2Schema, type Gm2State } from '../../src/figures/gm2-explorer-state';
import { gm2Readout } from '../../src/figures/gm2-readout';
import { BAND_POINTS, cachedBandCount, DRAW_STEP, drawnPoints, GM2_MASS_MAX_MEV, GM2_MASS_MIN_MEV } from '../../src/figures/gm2-bands';
import { gm2BandRows } from '../../src/figures/gm2-explorer-table';
import { dodgeLabels } from '../../src/figures/gm2-label-layout';
import { parseState, serializeState } from '../../src/figures/url-state';
import { renderPlotSvg } from '../../src/figures/plot-server';
import { couplingBandForDeltaAmu, MUON_MASS_MEV, TAU_MASS_MEV } from '../../src/physics/index';
import { deltaAmuOf, millichargeLimits } from '../../src/data/index';
import { expectClose } from '../helpers/expect-close';
import { normaliseSvg } from '../helpers/svg-snapshot';

const data: Gm2Data = gm2DataFromFiles();
const state = (over: Partial<Gm2State> = {}): Gm2State => ({ m: 15, set: '2023-paper', sigma: 1, treatment: 'symmetric', flavor: 'tau', ...over });
/** |q_ν|/g² from eq. (8) at q² = 0, written out here: ln(m_τ²/m_μ²)/(12π²). */
const K = Math.log((TAU_MASS_MEV / MUON_MASS_MEV) ** 2) / (12 * Math.PI ** 2);

type MarkLike = { className?: string; data: unknown; constructor: { name: string } };
const marksOf = (s: Gm2State) => gm2ChartSpec(s, data).marks as unknown as MarkLike[];
/** The rendered chart of a state, as a DOM. */
const chartDom = (s: Gm2State, d: Gm2Data = data, width = 760) =>
  parseHTML(`<html><body>${renderPlotSvg(gm2ChartSpec(s, d, { width, height: width < 560 ? Math.round(width * 0.9) : 480 }), { ariaLabel: 'x' })}</body></html>`).document;
/** The band's filled shapes and its edge groups (dash pattern and number of curves) in the rendered chart. */
function bandShapes(s: Gm2State): { fills: Element[]; edges: { dash: string | null; paths: number }[] } {
  const doc = chartDom(s);
  return {
    fills: [...doc.querySelectorAll(`g[fill="${BAND_COLOR}"] path`)],
    edges: [...doc.querySelectorAll(`g[stroke="${BAND_COLOR}"]`)].map((g) => ({ dash: g.getAttribute('stroke-dasharray'), paths: g.querySelectorAll('path').length })),
  };
}

describe('the g−2 band of gm2ChartSpec', () => {
  it('equals couplingBandForDeltaAmu at every plotted mass, and at m_Z′ = 10 MeV in the readout', () => {
    const anomaly = deltaAmuOf('2023-paper');
    const band = bandFor(state(), data);
    for (const p of band.points.filter((_, i) => i % 37 === 0)) {
      const expected = couplingBandForDeltaAmu(anomaly, 1, p.m);
      expectClose(p.lower, expected.lower, { rel: 1e-12 });
      expectClose(p.upper, expected.upper, { rel: 1e-12 });
    }
    const at10 = gm2Readout(state({ m: 10 }), data).band;
    const expected = couplingBandForDeltaAmu(anomaly, 1, 10);
    expect(at10.isCeiling).toBe(false);
    for (const k of ['lower', 'central', 'upper'] as const) expectClose(at10[k], expected[k], { rel: 1e-12 });
  });

  it('approaches √(8π²Δa_μ) at the light end, where eq. (6) tends to g²/8π²', () => {
    const { value, sigma } = deltaAmuOf('2023-paper');
    const first = bandFor(state({ sigma: 2 }), data).points[0];
    expect(first.m).toBe(GM2_MASS_MIN_MEV);
    expectClose(first.central, Math.sqrt(8 * Math.PI ** 2 * value), { rel: 5e-5 });
    expectClose(first.lower, Math.sqrt(8 * Math.PI ** 2 * (value - 2 * sigma)), { rel: 5e-5 });
    expectClose(first.upper, Math.sqrt(8 * Math.PI ** 2 * (value + 2 * sigma)), { rel: 5e-5 });
  });

  it('grows like (m_Z′/m_μ)√(12π²Δa_μ) at the heavy end, where eq. (6) tends to g²m_μ²/12π²m_Z′²', () => {
    const { value } = deltaAmuOf('2023-paper');
    const points = bandFor(state(), data).points;
    const last = points[points.length - 1];
    expect(last.m).toBe(GM2_MASS_MAX_MEV);
    expectClose(last.central, (GM2_MASS_MAX_MEV / MUON_MASS_MEV) * Math.sqrt(12 * Math.PI ** 2 * value), { rel: 2e-3 });
  });

  it('reproduces the paper’s g ≈ (4–6) × 10⁻⁴ between 10 and 20 MeV with its value set', () => {
    for (const m of [10, 15, 20]) {
      const { lower, upper } = gm2Readout(state({ m }), data).band;
      expect(lower).toBeGreaterThan(4e-4);
      expect(upper).toBeLessThan(6.5e-4);
    }
  });

  it('draws a ceiling, not a band, for the 2025 set whose Δa_μ is consistent with zero', () => {
    const s = state({ set: '2025' });
    expect(bandFor(s, data).isCeiling).toBe(true);
    const ceiling = bandShapes(s);
    expect(ceiling.fills).toHaveLength(1);
    expect(ceiling.edges).toEqual([{ dash: '10,3', paths: 1 }]);
    const svg = renderPlotSvg(gm2ChartSpec(s, data), { ariaLabel: gm2ChartLabel(s, data) });
    expect(svg).toContain('g−2 ceiling (1σ)');
    expect(gm2Readout(s, data).summary).toMatch(/consistent with zero at 1σ/);
    expect(gm2Readout(s, data).comparisons.every((c) => c.verdict === 'stronger cap' || c.verdict === 'weaker cap')).toBe(true);
    const band = bandShapes(state());
    expect(band.fills).toHaveLength(1);
    expect(band.edges).toEqual([{ dash: null, paths: 2 }]);
    expect(renderPlotSvg(gm2ChartSpec(state(), data), { ariaLabel: 'x' })).toContain('g−2 band (1σ)');
  });
});

describe('the drawn band (drawnPoints)', () => {
  it('keeps every DRAW_STEP-th point of the 200-point grid and both ends; downloads keep all 200', () => {
    const points = bandFor(state(), data).points;
    const drawn = drawnPoints(points);
    expect(points).toHaveLength(BAND_POINTS);
    expect(drawn[0]).toBe(points[0]);
    expect(drawn.at(-1)).toBe(points.at(-1));
    expect(drawn.slice(0, -1).every((p, i) => p === points[i * DRAW_STEP])).toBe(true);
    expect(gm2BandRows(state(), data)).toHaveLength(BAND_POINTS);
  });

  it.each([
    ['2023-paper', 1],
    ['2021', 2],
  ] as const)('stays within 0.05 px of eq. (6) between drawn points on the widest chart (%s, %iσ)', (set, sigma) => {
    const spec = gm2ChartSpec(state({ set, sigma }), data, { width: 760, height: 480 });
    const pxPerDecade = (480 - spec.marginTop! - spec.marginBottom!) / Math.log10(1e-1 / 1e-14);
    const anomaly = deltaAmuOf(set);
    const drawn = drawnPoints(bandFor(state({ set, sigma }), data).points);
    let worst = 0;
    for (let k = 1; k < drawn.length; k++) {
      const [a, b] = [drawn[k - 1], drawn[k]];
      for (const t of [0.25, 0.5, 0.75]) {
        // On log–log axes the drawn segment is straight: log g interpolates linearly in log m.
        const m = a.m ** (1 - t) * b.m ** t;
        const exact = couplingBandForDeltaAmu(anomaly, sigma, m);
        for (const edge of ['lower', 'upper'] as const) {
          const drawnLog = (1 - t) * Math.log10(a[edge]) + t * Math.log10(b[edge]);
          worst = Math.max(worst, Math.abs(drawnLog - Math.log10(exact[edge])) * pxPerDecade);
        }
      }
    }
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThan(0.05);
  });
});

describe('the millicharge ceilings of gm2ChartSpec', () => {
  it.each(['mu', 'tau'] as const)('draws one rule per limit that applies to ν_%s, at g_max = √(q_max/k), dashed by kind', (flavor) => {
    const limits = millichargeLimits.limits.filter((l) => l.flavors.includes(flavor));
    const expected = limits.map((l) => Math.sqrt(Math.max(-l.interval.lower, l.interval.upper) / K)).sort((a, b) => a - b);
    // The grid is a RuleY too, without data of its own.
    const rules = marksOf(state({ flavor })).filter((m) => m.constructor.name === 'RuleY' && m.data !== null);
    expect(rules).toHaveLength(1); // one mark for all bounds
    const drawn = (rules[0].data as { gMax: number }[]).map((b) => b.gMax);
    expect(drawn).toHaveLength(expected.length);
    drawn.forEach((g, i) => expectClose(g, expected[i], { rel: 1e-12 }));
    // Each line has its limit's colour and its kind's dash (a disputed limit: round dots), so
    // solid, dotted and dashed stay apart.
    const lines = [...chartDom(state({ flavor })).querySelectorAll('g[stroke-width="2"] > line')];
    expect(lines).toHaveLength(expected.length);
    const dashes = { observed: null, indirect: '2,3', projection: '7,4', astro: '10,2,2,2,2,2' } as Record<string, string | null>;
    const byG = [...limits].sort((a, b) => Math.max(-a.interval.lower, a.interval.upper) - Math.max(-b.interval.lower, b.interval.upper));
    lines.forEach((line, i) => {
      const disputed = 'disputed' in byG[i];
      expect(line.getAttribute('stroke-dasharray'), byG[i].id).toBe(disputed ? '0.1,4' : dashes[byG[i].kind]);
      expect(line.getAttribute('stroke-linecap'), byG[i].id).toBe(disputed ? 'round' : null);
      expect(line.getAttribute('stroke')).toMatch(/^#[0-9a-f]{6}$/);
    });
  });

  it('gives the paper’s bounds in the symmetric treatment: XENONnT 4 × 10⁻⁶, LZ 2.4 × 10⁻⁶, beam dump 1.4 × 10⁻¹⁰', () => {
    const bounds = shownBounds(data.limits, 'tau', 'symmetric');
    const byId = (id: string) => bounds.find((b) => b.limit.id === id)!.gMax;
    expectClose(byId('xenonnt-tau'), 4e-6, { rel: 0.05 });
    expectClose(byId('lz-tau'), 2.4e-6, { rel: 0.05 });
    expectClose(byId('beam-dump-tau'), 1.4e-10, { rel: 0.05 });
  });

  it('uses only the positive (upper) end of an interval for ν_μ in the signed treatment (COHERENT 1.25 × 10⁻³)', () => {
    const coherent = shownBounds(data.limits, 'mu', 'signed').find((b) => b.limit.id.startsWith('coherent'))!;
    const upper = millichargeLimits.limits.find((l) => l.id === coherent.limit.id)!.interval.upper;
    expectClose(coherent.gMax, Math.sqrt(upper / K), { rel: 1e-12 });
    // The paper's COHERENT bound, 1.2 × 10⁻³, is the same end.
    expectClose(coherent.gMax, 1.254e-3, { rel: 0.002 });
  });

  it('uses only the |lower| end for ν_τ in the signed treatment, so an asymmetric hypothetical limit differs from symmetric', () => {
    const lopsided: CeilingLimit = { id: 'whatif-lop', label: 'Lop', flavors: ['tau'], lower: -1e-14, upper: 4e-14, kind: 'hypothetical', cl: 0.9 };
    const limits = [...data.limits, lopsided];
    const signed = shownBounds(limits, 'tau', 'signed').find((b) => b.limit.id === 'whatif-lop')!.gMax;
    const symmetric = shownBounds(limits, 'tau', 'symmetric').find((b) => b.limit.id === 'whatif-lop')!.gMax;
    expectClose(signed, Math.sqrt(1e-14 / K), { rel: 1e-12 });
    expectClose(symmetric, Math.sqrt(4e-14 / K), { rel: 1e-12 });
  });

  it('adds hypothetical limits with their own label', () => {
    const hypothetical: CeilingLimit = { id: 'whatif-0', label: 'MyExp', flavors: ['tau'], lower: -1e-15, upper: 1e-15, kind: 'hypothetical', cl: 0.9 };
    const withIt = { ...data, limits: [...data.limits, hypothetical] };
    const svg = renderPlotSvg(gm2ChartSpec(state(), withIt), { ariaLabel: 'x' });
    expect(svg).toContain('MyExp (hypothetical)');
    const line = gm2Readout(state(), withIt).comparisons.find((c) => c.id === 'whatif-0')!;
    expectClose(line.gMax, Math.sqrt(1e-15 / K), { rel: 1e-12 });
  });
});

describe('the explorer data', () => {
  it('survive the JSON the page embeds (data-gm2): the browser draws from the same numbers', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('shownBounds(limits, flavor, treatment) is computed once per limits array and choice', () => {
    const first = shownBounds(data.limits, 'mu', 'signed');
    expect(shownBounds(data.limits, 'mu', 'signed')).toBe(first);
    expect(shownBounds(data.limits, 'mu', 'symmetric')).not.toBe(first);
    const copy = [...data.limits];
    expect(shownBounds(copy, 'mu', 'signed')).not.toBe(first);
    expect(shownBounds(copy, 'mu', 'signed')).toEqual(first);
  });
});

describe('gm2Readout', () => {
  it('states g_needed / g_max per bound, e.g. XENONnT ≈ 130 times above at 15 MeV', () => {
    const readout = gm2Readout(state(), data);
    const anomaly = deltaAmuOf('2023-paper');
    const central = couplingBandForDeltaAmu(anomaly, 1, 15).central;
    const xenon = readout.comparisons.find((c) => c.id === 'xenonnt-tau')!;
    expectClose(xenon.ratio, central / Math.sqrt(7.9e-13 / K), { rel: 1e-9 });
    expect(xenon.verdict).toBe('excluded');
    expect(xenon.text).toBe('XENONnT: g ≤ 4.07 × 10⁻⁶; needed g is 129 times above the bound: whole band excluded.');
    expect(readout.summary).toMatch(/^At m_Z′ = 15 MeV, .*needs g = \d\.\d\d × 10⁻⁴ \(1σ band/);
  });

  it('lists the strongest bound first', () => {
    const limits = gm2Readout(state(), data).comparisons.map((c) => c.gMax);
    expect([...limits].sort((a, b) => a - b)).toEqual(limits);
  });
});

describe('band cache', () => {
  it('computes each (set, σ) curve once; moving the mass reuses it', () => {
    const first = bandFor(state({ set: '2021', sigma: 2 }), data);
    const count = cachedBandCount();
    for (const m of [0.01, 1, 100, 5000]) gm2ChartSpec(state({ set: '2021', sigma: 2, m }), data);
    expect(cachedBandCount()).toBe(count);
    expect(bandFor(state({ set: '2021', sigma: 2, m: 3 }), data)).toBe(first);
  });
});

describe('gm2ChartSpec output', () => {
  it('is log–log over 1 keV–10 GeV and 10⁻¹⁴–10⁻¹ with power-of-ten ticks and a marker at m', () => {
    const spec = gm2ChartSpec(state({ m: 42 }), data);
    const x = spec.x as { type: string; domain: number[] };
    const y = spec.y as { type: string; domain: number[] };
    expect([x.type, y.type]).toEqual(['log', 'log']);
    expect(x.domain).toEqual([1e-3, 1e4]);
    expect(y.domain).toEqual([1e-14, 1e-1]);
    const ticks = [...chartDom(state({ m: 42 })).querySelectorAll('text')].map((t) => t.textContent);
    for (const label of ['10⁻³', '10⁴', '10⁻¹⁴', '10⁻¹']) expect(ticks).toContain(label);
    const marker = marksOf(state({ m: 42 })).find((m) => m.className === 'gm2-marker')!;
    expect((marker.data as { m: number }[])[0].m).toBe(42);
  });

  it('renders an SVG with role="img", the label and no NaN, and its text names the Hubble regions', () => {
    const svg = renderPlotSvg(gm2ChartSpec(state(), data), { ariaLabel: gm2ChartLabel(state(), data) });
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    expect(document.querySelector('svg')?.getAttribute('role')).toBe('img');
    expect(svg).not.toMatch(/NaN|Infinity/);
    // Named as in src/data/hubble-regions.json ('Light Z′ raising N_eff', 'Thermalised 10–20 MeV Z′'), not by id.
    expect(svg).toContain('Hubble: light Z′ (paper)');
    expect(svg).toContain('Hubble: thermalised Z′ (not in paper)');
    expect(svg).not.toContain('freeze-in');
  });

  it.each([300, 340, 760])('at %i px no margin label is cut with an ellipsis, and the FLArE projection is named whole', (width) => {
    const svg = renderPlotSvg(gm2ChartSpec(state(), data, { width }), { ariaLabel: 'x' });
    expect(svg).not.toContain('…');
    expect(svg).toMatch(width < 560 ? />FLArE proj\.</ : />FLArE\/FASERν2 proj\. /);
  });

  it('outlines the Hubble region the paper does not use with a dashed stroke, and fills the paper\'s', () => {
    const svg = renderPlotSvg(gm2ChartSpec(state(), data), { ariaLabel: 'x' });
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    const rects = [...document.querySelectorAll('g[stroke-dasharray="4,2"] rect, rect[stroke-dasharray="4,2"]')];
    expect(rects.length).toBe(1);
  });
});

describe('gm2Schema URL state', () => {
  const ids = data.sets.map((s) => s.id);
  const schema = gm2Schema(ids, '2023-paper');
  it('round-trips any valid state', () => {
    const states = fc.record({
      m: fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
      set: fc.constantFrom(...ids),
      sigma: fc.constantFrom(1 as const, 2 as const),
      treatment: fc.constantFrom('signed' as const, 'symmetric' as const),
      flavor: fc.constantFrom('mu' as const, 'tau' as const),
    });
    fc.assert(
      fc.property(states, (s) => {
        const { state: back, notices } = parseState(schema, serializeState(schema, s));
        expect(notices).toEqual([]);
        expect(back).toEqual(s);
      }),
    );
  });

  it('reads the example URL of the brief', () => {
    const { state: s } = parseState(schema, '?m=15&set=2023-paper&sigma=1&treatment=signed&flavor=tau');
    expect(s).toEqual(state({ treatment: 'signed' }));
  });

  it.each([
    ['m', '0'], ['m', '-5'], ['m', 'NaN'], ['m', '1e400'], ['m', ''], ['m', '1e5'], ['set', '2099'], ['set', '<script>'],
    ['sigma', '3'], ['sigma', '1.5'], ['treatment', 'both'], ['flavor', 'e'],
  ])('rejects %s=%j with a notice naming the parameter and keeps the default', (name, raw) => {
    const { state: s, notices } = parseState(schema, `?${name}=${encodeURIComponent(raw)}`);
    expect(s).toEqual(state());
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`Ignored ${name}=`);
  });
});

describe('dodgeLabels', () => {
  it('keeps neighbours at least the gap apart, in the input order, inside the range', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -14, max: -1, noNaN: true }), { maxLength: 10 }), (positions) => {
        const placed = dodgeLabels(positions, 0.4, -14, -1);
        const sorted = positions.map((p, i) => [p, placed[i]]).sort((a, b) => a[0] - b[0]).map(([, q]) => q);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(0.4 - 1e-9);
        expect(sorted.every((q) => q <= -1 + 1e-9)).toBe(true);
      }),
    );
  });
  it('leaves labels that are already apart where they are', () => {
    expect(dodgeLabels([-3, -10, -6], 0.5, -14, -1)).toEqual([-3, -10, -6]);
  });
});

describe('g−2 explorer SVG snapshots (review the diff; never update blindly)', () => {
  const hypothetical: CeilingLimit = { id: 'whatif-1', label: 'Mine', flavors: ['mu'], lower: -1e-14, upper: 2e-14, kind: 'hypothetical', cl: 0.9 };
  it.each([
    ['default', state(), data, 760],
    ['2025-mu-signed-2sigma-whatif', state({ set: '2025', flavor: 'mu', treatment: 'signed', sigma: 2, m: 300 }), { ...data, limits: [...data.limits, hypothetical] }, 760],
    ['compact-375', state({ m: 0.01 }), data, 340],
  ] as const)('%s', async (name, s, d, width) => {
    const svg = renderPlotSvg(gm2ChartSpec(s, d, { width, height: width < 560 ? Math.round(width * 0.9) : 480 }), { ariaLabel: gm2ChartLabel(s, d) });
    expect(svg).not.toMatch(/NaN|Infinity/);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(`__snapshots__/gm2-explorer-${name}.svg`);
  });
});
