// The validity chart draws each curve from a few samples joined by straight segments on log–log
// axes. These tests check the thinning on curves with known shapes, then measure the drawn curves
// of the rendered SVG against the exact physics between the drawn points: off by well under a pixel.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { logLogOutline, type CurvePoint } from '../../../src/figures/validity/curves';
import { validityData, validitySpec } from '../../../src/figures/validity/data.server';
import { renderPlotSvg } from '../../../src/figures/shared/plot.server';
import type { ValidityState } from '../../../src/figures/validity/state';
import { couplingBandForDeltaAmu, effectiveCouplingBound, spacelikeQ2 } from '../../../src/physics/index';

/** `n + 1` samples of g(m) at log-spaced masses from 10^a to 10^b MeV. */
function sampled(g: (m: number) => number, a: number, b: number, n: number): CurvePoint[] {
  return Array.from({ length: n + 1 }, (_, i) => {
    const m = 10 ** (a + ((b - a) * i) / n);
    return { m, g: g(m) };
  });
}

describe('logLogOutline(points, tolerance)', () => {
  it('keeps only the two ends of a power law, a straight line on log–log axes', () => {
    const line = sampled((m) => 3e-4 * m ** 1.5, -6, 3, 90);
    expect(logLogOutline(line, 1e-9)).toEqual([line[0], line[90]]);
  });

  it('keeps the corner of a broken power law and the ends', () => {
    const broken = sampled((m) => (m < 1 ? 1e-3 : 1e-3 * m), -3, 3, 60);
    expect(logLogOutline(broken, 1e-9).map((p) => p.m)).toEqual([broken[0].m, broken[30].m, broken[60].m]);
  });

  it('leaves every dropped sample within the tolerance of the drawn segments (g₀√(1 + m²/Q²) with Q = 0.1 MeV)', () => {
    const curve = sampled((m) => 2.4e-6 * Math.sqrt(1 + (m / 0.1) ** 2), -6, 3, 108);
    for (const tolerance of [1e-2, 1e-3, 1e-4]) {
      const kept = logLogOutline(curve, tolerance);
      expect(kept.length).toBeLessThan(curve.length);
      for (const p of curve) {
        const j = kept.findIndex((k) => k.m >= p.m);
        const [a, b] = j === 0 ? [kept[0], kept[1]] : [kept[j - 1], kept[j]];
        const t = Math.log10(p.m / a.m) / Math.log10(b.m / a.m);
        const drawn = Math.log10(a.g) + t * Math.log10(b.g / a.g);
        expect(Math.abs(drawn - Math.log10(p.g))).toBeLessThanOrEqual(tolerance * (1 + 1e-9));
      }
    }
  });

  it('returns short curves whole', () => {
    const two = [
      { m: 1, g: 1 },
      { m: 10, g: 5 },
    ];
    expect(logLogOutline(two, 1e-3)).toEqual(two);
  });
});

/** The rendered chart's curves in pixels, and the pixel ↔ data maps read off its grid lines. */
function drawnChart(state: ValidityState, size: { width: number; height: number }) {
  const svg = renderPlotSvg(validitySpec(state, data, size), { ariaLabel: 'chart' });
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const [gridY, gridX] = [...document.querySelectorAll('g[stroke-opacity="0.1"]')];
  const linesAt = (grid: Element, attr: string) => [...grid.querySelectorAll('line')].map((l) => Number(l.getAttribute(attr)));
  const spec = validitySpec(state, data, size);
  const [yLo, yHi] = spec.y?.domain as [number, number];
  const ys = linesAt(gridY, 'y1'); // at 10^k from yLo up
  const xs = linesAt(gridX, 'x1'); // at 10⁻⁶ … 10³ MeV
  const pxPerDecadeY = (ys[0] - ys[ys.length - 1]) / Math.log10(yHi / yLo);
  const toPxY = (g: number) => ys[0] - Math.log10(g / yLo) * pxPerDecadeY;
  const toMass = (px: number) => 10 ** (-6 + ((px - xs[0]) / (xs[xs.length - 1] - xs[0])) * 9);
  const path = (selector: string) =>
    (document.querySelector(`${selector} path`)?.getAttribute('d') ?? '')
      .split(/[ML]/)
      .filter(Boolean)
      .map((pair) => pair.split(',').map(Number) as [number, number]);
  return { path, toPxY, toMass, yLo, yHi };
}

/**
 * Largest vertical distance, px, between a drawn polyline and the exact curve, checked at 16
 * masses along every drawn segment (where the exact curve lies inside the chart's range).
 */
function largestMiss(points: [number, number][], exact: (m: number) => number, chart: ReturnType<typeof drawnChart>): number {
  let worst = 0;
  for (let i = 1; i < points.length; i++) {
    const [[x0, y0], [x1, y1]] = [points[i - 1], points[i]];
    for (let k = 0; k <= 16; k++) {
      const x = x0 + ((x1 - x0) * k) / 16;
      const g = exact(chart.toMass(x));
      if (g < chart.yLo || g > chart.yHi) continue;
      worst = Math.max(worst, Math.abs(y0 + ((y1 - y0) * k) / 16 - chart.toPxY(g)));
    }
  }
  return worst;
}

const data = validityData();
const SIZES = [
  { width: 640, height: 400 },
  { width: 340, height: 300 },
];
/** Well under a pixel; Plot writes coordinates to 0.001 px. */
const MAX_MISS_PX = 0.25;

describe('the drawn curves of validitySpec', () => {
  it.each(data.experiments.flatMap((e) => (['symmetric', 'signed'] as const).map((treatment) => [e.id, treatment] as const)))(
    '%s, %s: both bound lines lie within 0.25 px of g_max √(1 + m²/|q|²)',
    (exp, treatment) => {
      const state: ValidityState = { exp, m: 20, treatment, set: data.defaultSetId };
      const e = data.experiments.find((x) => x.id === exp)!;
      for (const size of SIZES) {
        const chart = drawnChart(state, size);
        const best = chart.path('g[stroke-width="2.5"]');
        const worst = chart.path('g[stroke-dasharray="3,3"]');
        expect(best.length).toBeGreaterThan(2);
        expect(largestMiss(best, (m) => effectiveCouplingBound(e.interval, treatment, m, spacelikeQ2(e.qMaxMeV)), chart)).toBeLessThan(MAX_MISS_PX);
        expect(largestMiss(worst, (m) => effectiveCouplingBound(e.interval, treatment, m, spacelikeQ2(e.qMinMeV)), chart)).toBeLessThan(MAX_MISS_PX);
      }
    },
  );

  it('draws the (g−2) central line within 0.25 px of eq. (6), and the 2025 ceiling likewise', () => {
    for (const [setId, selector, edge] of [
      [data.defaultSetId, 'g[stroke="#d55e00"]:not([stroke-dasharray])', 'central'],
      ['2025', 'g[stroke-dasharray="6,3"]', 'upper'],
    ] as const) {
      const set = data.sets.find((s) => s.id === setId)!;
      const chart = drawnChart({ exp: 'lz-tau', m: 20, treatment: 'symmetric', set: setId }, SIZES[0]);
      const line = chart.path(selector);
      expect(line.length).toBeGreaterThan(2);
      expect(largestMiss(line, (m) => couplingBandForDeltaAmu(set, 1, m)[edge], chart)).toBeLessThan(MAX_MISS_PX);
    }
  });
});
