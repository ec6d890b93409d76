import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { BAND_COLOR, gm2ChartSpec, gm2ChartLabel, gm2Description, bandFor } from '../../../src/figures/gm2/spec';
import { shownBounds, type CeilingLimit, type Gm2Data } from '../../../src/figures/gm2/model';
import { gm2DataFromFiles } from '../../../src/figures/gm2/data.server';
import { gm2Schema, type Gm2State } from '../../../src/figures/gm2/state';
import { gm2Readout } from '../../../src/figures/gm2/readout';
import { BAND_POINTS, cachedBandCount, DRAW_STEP, drawnPoints, GM2_MASS_MAX_MEV, GM2_MASS_MIN_MEV } from '../../../src/figures/gm2/bands';
import { gm2BandRows, gm2ExportMeta, gm2Legend, ratioCells } from '../../../src/figures/gm2/table';
import { parseState, serializeState } from '../../../src/figures/shared/url-state';
import { renderPlotSvg } from '../../../src/figures/shared/plot.server';
import { couplingBandForDeltaAmu, MUON_MASS_MEV, TAU_MASS_MEV } from '../../../src/physics/index';
import { deltaAmuOf, millichargeLimits } from '../../../src/data/index';
import { expectClose } from '../../helpers/expect-close';
import { loopFunctionClosedForm } from '../../helpers/closed-forms';
import { normaliseSvg } from '../../helpers/svg-snapshot';

const data: Gm2Data = gm2DataFromFiles();
const state = (over: Partial<Gm2State> = {}): Gm2State => ({ m: 15, set: '2023-paper', sigma: 1, treatment: 'symmetric', flavor: 'tau', ...over });
/** |q_ν|/g² from eq. (8) at q² = 0, written out here: ln(m_τ²/m_μ²)/(12π²). */
const K = Math.log((TAU_MASS_MEV / MUON_MASS_MEV) ** 2) / (12 * Math.PI ** 2);

type MarkLike = { className?: string; data: unknown; constructor: { name: string } };
const marksOf = (s: Gm2State) => gm2ChartSpec(s, data).marks as unknown as MarkLike[];
/** The rendered chart of a state, as a DOM. */
const chartDom = (s: Gm2State, d: Gm2Data = data, width = 760) =>
  parseHTML(
    `<html><body>${renderPlotSvg(gm2ChartSpec(s, d, { width, height: width < 560 ? Math.round(width * 0.9) : 480 }), { ariaLabel: 'x' })}</body></html>`,
  ).document;
/** The band's filled shapes and its edge groups (dash pattern and number of curves) in the rendered chart. */
function bandShapes(s: Gm2State): { fills: Element[]; edges: { dash: string | null; paths: number }[] } {
  const doc = chartDom(s);
  return {
    fills: [...doc.querySelectorAll(`g[fill="${BAND_COLOR}"] path`)],
    edges: [...doc.querySelectorAll(`g[stroke="${BAND_COLOR}"]`)].map((g) => ({
      dash: g.getAttribute('stroke-dasharray'),
      paths: g.querySelectorAll('path').length,
    })),
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
  it.each(['mu', 'tau'] as const)('draws one rule per limit that applies to ν_%s, at g_max = √(q_max/k), in each limit’s own dash', (flavor) => {
    const limits = millichargeLimits.limits.filter((l) => l.flavors.includes(flavor));
    const expected = limits.map((l) => Math.sqrt(Math.max(-l.interval.lower, l.interval.upper) / K)).sort((a, b) => a - b);
    // The grid is a RuleY too, without data of its own.
    const rules = marksOf(state({ flavor })).filter((m) => m.constructor.name === 'RuleY' && m.data !== null);
    expect(rules).toHaveLength(1); // one mark for all bounds
    const drawn = (rules[0].data as { gMax: number }[]).map((b) => b.gMax);
    expect(drawn).toHaveLength(expected.length);
    drawn.forEach((g, i) => expectClose(g, expected[i], { rel: 1e-12 }));
    // Each line has its limit's colour variable and its own dash, written out here as Fig. 2 draws
    // them (solid COHERENT; a disputed limit in round dots), so no two lines drawn together look alike.
    const looks: Record<string, [color: string, dash: string | null]> = {
      'coherent-2021-mu': ['coherent', null],
      'xenonnt-tau': ['xenonnt', '9,3'],
      'lz-tau': ['lz', '3,2'],
      'lz-mu': ['lz', '3,2,1,2'],
      'beam-dump-tau': ['beam-dump', '0.1,3.5'],
      'bebc-beam-dump-tau': ['bebc', '6,2,6,6'],
      'xmass-mu-tau': ['xmass', '6,2,2,2,2,2'],
      gemma: ['gemma', '0.1,2.5,0.1,7'], // disputed (flavour-blind reading): dots of its own
      'flare-fasernu2-mu': ['flare', '14,5'],
      'flare-fasernu2-tau': ['flare', '14,5,3,5'],
      'red-giant-plasmon': ['red-giant', '8,2,1,2,1,2,1,2'],
    };
    const lines = [...chartDom(state({ flavor })).querySelectorAll('g[stroke-width="2"] > line')];
    expect(lines).toHaveLength(expected.length);
    const byG = [...limits].sort((a, b) => Math.max(-a.interval.lower, a.interval.upper) - Math.max(-b.interval.lower, b.interval.upper));
    lines.forEach((line, i) => {
      const [color, dash] = looks[byG[i].id];
      expect(line.getAttribute('stroke-dasharray'), byG[i].id).toBe(dash);
      expect(line.getAttribute('stroke-linecap'), byG[i].id).toBe('disputed' in byG[i] ? 'round' : null);
      expect(line.getAttribute('stroke'), byG[i].id).toBe(`var(--limit-${color})`);
    });
    expect(new Set(lines.map((l) => l.getAttribute('stroke-dasharray'))).size).toBe(lines.length);
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
    // g⁽⁸⁾ = √(12π² · 7.9e-13/ln(m_τ²/m_μ²)) = 4.071e-6 (XENONnT, ref. [74] of arXiv:2308.05720); the
    // 1σ band at 15 MeV is 4.69e-4–5.73e-4 (central 5.24e-4, ratio 128.6). With the propagator, g⁽⁸⁾
    // × √(1 + (15/0.38)²) = 1.608e-4 lies below the band, g⁽⁸⁾ × √(1 + (15/0.03)²) = 2.036e-3 above it.
    expect(xenon.text).toBe(
      'XENONnT: at q² = 0, g ≤ 4.07 × 10⁻⁶ and the needed g is 129 times above it: whole band excluded; ' +
        'with the Z′ propagator, whole band excluded at |q| = 0.38 MeV (g ≤ 1.61 × 10⁻⁴) but allowed at 0.03 MeV (g ≤ 2.04 × 10⁻³).',
    );
    expect(readout.summary).toMatch(/^At m_Z′ = 15 MeV, .*needs g = \d\.\d\d × 10⁻⁴ \(1σ band/);
  });

  it('lists the strongest bound first', () => {
    const limits = gm2Readout(state(), data).comparisons.map((c) => c.gMax);
    expect([...limits].sort((a, b) => a - b)).toEqual(limits);
  });
});

describe('gm2Readout: each bound at q² = 0 and with the Z′ propagator (issue #12)', () => {
  /** Eq. (6) inverted with the closed-form loop function: g = √(4π² Δa_μ / F(m_Z′/m_μ)). */
  const gFor = (anomaly: number, m: number) => Math.sqrt((4 * Math.PI ** 2 * anomaly) / loopFunctionClosedForm(m / MUON_MASS_MEV));
  /** The paper's Δa_μ = (245 ± 48) × 10⁻¹¹ (arXiv:2308.05720, Sec. II A): the 1σ band at a mass. */
  const paperBand = (m: number) => ({ lower: gFor(197e-11, m), central: gFor(245e-11, m), upper: gFor(293e-11, m) });
  /** Eq. (8) at q² = 0 inverted: g⁽⁸⁾ = √(12π² q / ln(m_τ²/m_μ²)). */
  const g8 = (q: number) => Math.sqrt(q / K);
  const comparison = (s: Gm2State, id: string, d: Gm2Data = data) => gm2Readout(s, d).comparisons.find((c) => c.id === id)!;

  it('reads LZ ν_τ at 20 MeV: the whole band excluded at q² = 0 and at |q| = 0.38 MeV, allowed at 0.03 MeV', () => {
    // LZ ν_τ: |q| ≤ 2.8e-13 e (ref. [76] as the paper quotes it), g⁽⁸⁾ = √(12π² · 2.8e-13/ln(m_τ²/m_μ²)) ≈ 2.424e-6.
    expectClose(g8(2.8e-13), 2.424e-6, { rel: 1e-3 });
    // With the propagator: × √(1 + (20/0.38)²) = × 52.64 → 1.276e-4, and × √(1 + (20/0.03)²) = × 666.7 → 1.616e-3.
    const [high, low] = [g8(2.8e-13) * Math.sqrt(1 + (20 / 0.38) ** 2), g8(2.8e-13) * Math.sqrt(1 + (20 / 0.03) ** 2)];
    expectClose(high, 1.276e-4, { rel: 1e-3 });
    expectClose(low, 1.616e-3, { rel: 1e-3 });
    // The 1σ band at 20 MeV, 4.93e-4 to 6.01e-4, lies above the first and below the second.
    const band = paperBand(20);
    expect([high < band.lower, low > band.upper]).toEqual([true, true]);

    const lz = comparison(state({ m: 20 }), 'lz-tau');
    expectClose(lz.gMax, g8(2.8e-13), { rel: 1e-12 });
    expectClose(lz.ratio, band.central / g8(2.8e-13), { rel: 1e-9 });
    expect(lz.verdict).toBe('excluded');
    expect(lz.momentum.kind).toBe('range');
    if (lz.momentum.kind !== 'range') return;
    expect([lz.momentum.atQMax.q, lz.momentum.atQMin.q]).toEqual([0.38, 0.03]);
    expectClose(lz.momentum.atQMax.gMax, high, { rel: 1e-12 });
    expectClose(lz.momentum.atQMin.gMax, low, { rel: 1e-12 });
    expectClose(lz.momentum.atQMax.ratio, band.central / high, { rel: 1e-9 });
    expect([lz.momentum.atQMax.verdict, lz.momentum.atQMin.verdict]).toEqual(['excluded', 'allowed']);
    // Ratio needed g / g_max = 5.493e-4/2.424e-6 = 226.6 at q² = 0.
    expect(lz.text).toBe(
      'LUX-ZEPLIN: at q² = 0, g ≤ 2.42 × 10⁻⁶ and the needed g is 227 times above it: whole band excluded; ' +
        'with the Z′ propagator, whole band excluded at |q| = 0.38 MeV (g ≤ 1.28 × 10⁻⁴) but allowed at 0.03 MeV (g ≤ 1.62 × 10⁻³).',
    );
    // The bound table: 5.493e-4/1.276e-4 = 4.305, 5.493e-4/1.616e-3 = 0.3399.
    expect(ratioCells(lz)).toEqual(['227', '4.30 at |q| = 0.38 MeV\n0.340 at 0.03 MeV']);
  });

  it('reads the red-giant bound at 15 MeV: the whole band excluded at q² = 0, partly at ω_p = 0.02 MeV, not at 0.01 MeV', () => {
    // |q| ≲ 2e-14 e (plasmon decay): g⁽⁸⁾ = 6.478e-7; × √(1 + (15/0.02)²) = × 750.0 → 4.858e-4, inside the
    // band 4.695e-4–5.726e-4 at 15 MeV; × √(1 + (15/0.01)²) = × 1500 → 9.717e-4, above it.
    const band = paperBand(15);
    const [high, low] = [g8(2e-14) * Math.sqrt(1 + (15 / 0.02) ** 2), g8(2e-14) * Math.sqrt(1 + (15 / 0.01) ** 2)];
    expect([band.lower < high, high < band.upper, low > band.upper]).toEqual([true, true, true]);
    const giant = comparison(state(), 'red-giant-plasmon');
    expect(giant.verdict).toBe('excluded');
    expect(giant.momentum).toMatchObject({ kind: 'range', atQMax: { q: 0.02, verdict: 'partly excluded' }, atQMin: { q: 0.01, verdict: 'allowed' } });
    if (giant.momentum.kind === 'range') expectClose(giant.momentum.atQMax.gMax, high, { rel: 1e-12 });
    expect(giant.text).toMatch(
      /: whole band excluded; with the Z′ propagator, band partly excluded at \|q\| = 0\.02 MeV \(g ≤ 4\.86 × 10⁻⁴\) but allowed at 0\.01 MeV \(g ≤ 9\.72 × 10⁻⁴\)\.$/,
    );
  });

  it('joins two equal verdicts with "and at": GEMMA at 15 MeV is allowed at both |q| = 0.1 and 0.05 MeV', () => {
    // |q_ν| < 2.7e-12 e (ref. [78]): g⁽⁸⁾ = 7.527e-6; × √(1 + 150²) → 1.129e-3 and × √(1 + 300²) → 2.258e-3, both above 5.73e-4.
    const gemma = comparison(state(), 'gemma');
    expect(gemma.text).toContain('with the Z′ propagator, allowed at |q| = 0.1 MeV (g ≤ 1.13 × 10⁻³) and at 0.05 MeV (g ≤ 2.26 × 10⁻³).');
  });

  it('says in words that the static beam-dump number bounds nothing for a massive Z′, and that a reader’s limit has no |q|', () => {
    const mine: CeilingLimit = { id: 'whatif-0', label: 'Mine', flavors: ['tau'], lower: -1e-15, upper: 1e-15, kind: 'hypothetical', cl: 0.9 };
    const withIt = { ...data, limits: [...data.limits, mine] };
    const beamDump = comparison(state(), 'beam-dump-tau', withIt);
    expect(beamDump.momentum).toEqual({ kind: 'static' });
    expect(beamDump.text).toMatch(
      /only if this disputed number held; with the Z′ propagator, no bound \(static bound: no charge at q² → 0 for a massive Z′\)\.$/,
    );
    expect(ratioCells(beamDump)[1]).toBe('static bound: no charge at q² → 0 for a massive Z′');
    const hypothetical = comparison(state(), 'whatif-0', withIt);
    expect(hypothetical.momentum).toEqual({ kind: 'unknown', hypothetical: true });
    expect(hypothetical.text).toMatch(/; with the Z′ propagator, not evaluated: your limit has no \|q\|\.$/);
    expect(ratioCells(hypothetical)[1]).toBe('not evaluated: your limit has no |q|');
  });

  it('compares caps for a set consistent with zero (2025): LZ ν_μ at 20 MeV is the stronger cap at 0.38 MeV, the weaker at 0.03 MeV', () => {
    // Δa_μ(2025) + 1σ from the data, the ceiling from the closed form: ≈ 3.55e-4 at 20 MeV. LZ ν_μ: 3.1e-13 e →
    // g⁽⁸⁾ = 2.550e-6; × 52.64 → 1.343e-4 (below the ceiling), × 666.7 → 1.700e-3 (above it).
    const { value, sigma } = deltaAmuOf('2025');
    const ceiling = gFor(value + sigma, 20);
    expectClose(ceiling, 3.55e-4, { rel: 2e-3 });
    const lz = comparison(state({ set: '2025', flavor: 'mu', m: 20 }), 'lz-mu');
    expect(lz.verdict).toBe('stronger cap');
    expectClose(lz.ratio, ceiling / g8(3.1e-13), { rel: 1e-9 });
    expect(lz.momentum).toMatchObject({ kind: 'range', atQMax: { verdict: 'stronger cap' }, atQMin: { verdict: 'weaker cap' } });
    expect(lz.text).toBe(
      'LUX-ZEPLIN: at q² = 0, g ≤ 2.55 × 10⁻⁶, 139 times below the g−2 ceiling: the stronger cap; ' +
        'with the Z′ propagator, the stronger cap at |q| = 0.38 MeV (g ≤ 1.34 × 10⁻⁴) but the weaker cap at 0.03 MeV (g ≤ 1.70 × 10⁻³).',
    );
  });

  it('never gives the q² = 0 verdict alone, and the propagator never excludes more than q² = 0 nor more at a smaller |q|', () => {
    const rank: Record<string, number> = { excluded: 2, 'partly excluded': 1, allowed: 0, 'stronger cap': 1, 'weaker cap': 0 };
    const states = fc.record({
      m: fc.double({ min: -3, max: 4, noNaN: true }).map((x) => 10 ** x),
      set: fc.constantFrom(...data.sets.map((x) => x.id)),
      sigma: fc.constantFrom(1 as const, 2 as const),
      treatment: fc.constantFrom('signed' as const, 'symmetric' as const),
      flavor: fc.constantFrom('mu' as const, 'tau' as const),
    });
    fc.assert(
      fc.property(states, (s) => {
        for (const c of gm2Readout(s, data).comparisons) {
          expect(c.text).toContain('; with the Z′ propagator, ');
          if (c.momentum.kind !== 'range') continue;
          const { atQMax, atQMin } = c.momentum;
          expect(atQMax.gMax).toBeGreaterThanOrEqual(c.gMax);
          expect(atQMin.gMax).toBeGreaterThanOrEqual(atQMax.gMax);
          expect(rank[atQMax.verdict]).toBeLessThanOrEqual(rank[c.verdict]);
          expect(rank[atQMin.verdict]).toBeLessThanOrEqual(rank[atQMax.verdict]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the explorer’s text around the chart', () => {
  it('gm2Description adds to the chart’s text alternative why the ceilings are flat and how they rise', () => {
    const text = gm2Description(state(), data);
    expect(text.startsWith(gm2ChartLabel(state(), data))).toBe(true);
    expect(text).toContain('charge at q² = 0');
    expect(text).toContain('√(1 + m_Z′²/|q|²)');
  });

  it('the legend gives each ceiling at q² = 0, and the downloads each limit’s |q|', () => {
    const legend = gm2Legend(state(), data);
    expect(legend.find((item) => item.key === 'lz-tau')?.text).toBe('LUX-ZEPLIN (observed): g ≤ 2.42 × 10⁻⁶ at q² = 0');
    const meta = gm2ExportMeta(state(), data, '2026-01-01T00:00:00.000Z');
    expect(meta.extra?.['|q| lz-tau']).toMatch(/^0\.03–0\.38 MeV; /);
    expect(meta.extra?.['|q| beam-dump-tau']).toBe('static bound: no charge at q² → 0 for a massive Z′');
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

  it("outlines the Hubble region the paper does not use with a dashed stroke, and fills the paper's", () => {
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
    ['m', '0'],
    ['m', '-5'],
    ['m', 'NaN'],
    ['m', '1e400'],
    ['m', ''],
    ['m', '1e5'],
    ['set', '2099'],
    ['set', '<script>'],
    ['sigma', '3'],
    ['sigma', '1.5'],
    ['treatment', 'both'],
    ['flavor', 'e'],
  ])('rejects %s=%j with a notice naming the parameter and keeps the default', (name, raw) => {
    const { state: s, notices } = parseState(schema, `?${name}=${encodeURIComponent(raw)}`);
    expect(s).toEqual(state());
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`Ignored ${name}=`);
  });
});

describe('g−2 explorer SVG snapshots (review the diff; never update blindly)', () => {
  const hypothetical: CeilingLimit = { id: 'whatif-1', label: 'Mine', flavors: ['mu'], lower: -1e-14, upper: 2e-14, kind: 'hypothetical', cl: 0.9 };
  it.each([
    ['default', state(), data, 760],
    [
      '2025-mu-signed-2sigma-whatif',
      state({ set: '2025', flavor: 'mu', treatment: 'signed', sigma: 2, m: 300 }),
      { ...data, limits: [...data.limits, hypothetical] },
      760,
    ],
    ['compact-375', state({ m: 0.01 }), data, 340],
  ] as const)('%s', async (name, s, d, width) => {
    const svg = renderPlotSvg(gm2ChartSpec(s, d, { width, height: width < 560 ? Math.round(width * 0.9) : 480 }), { ariaLabel: gm2ChartLabel(s, d) });
    expect(svg).not.toMatch(/NaN|Infinity/);
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(`__snapshots__/gm2-explorer-${name}.svg`);
  });
});
