import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import {
  epsilonChartSpec,
  epsilonOutputs,
  epsilonReadout,
  epsilonSchema,
  q2Error,
  couplingError,
  ratioCurve,
  type EpsilonState,
} from '../../../src/figures/epsilon/spec';
import { formatSignedPowerOfTen } from '../../../src/figures/shared/format';
import { parseState, serializeState } from '../../../src/figures/shared/url-state';
import { renderPlotSvg } from '../../../src/figures/shared/plot.server';
import { ALPHA, MUON_MASS_MEV, TAU_MASS_MEV } from '../../../src/physics/index';
import { expectClose } from '../../helpers/expect-close';

const MU2 = MUON_MASS_MEV ** 2;
const TAU2 = TAU_MASS_MEV ** 2;
const L = Math.log(TAU2 / MU2);
const E = Math.sqrt(4 * Math.PI * ALPHA);

/** Gauss–Legendre nodes and weights on [−1, 1] by Newton iteration on P_n (independent of src/physics). */
function gaussLegendre(n: number): { x: number[]; w: number[] } {
  const x: number[] = [];
  const w: number[] = [];
  for (let i = 1; i <= n; i++) {
    let t = Math.cos((Math.PI * (i - 0.25)) / (n + 0.5));
    let dp = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p0 = 1;
      let p1 = t;
      for (let k = 2; k <= n; k++) [p0, p1] = [p1, ((2 * k - 1) * t * p1 - (k - 1) * p0) / k];
      dp = (n * (t * p1 - p0)) / (t * t - 1);
      const step = p1 / dp;
      t -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    x.push(t);
    w.push(2 / ((1 - t * t) * dp * dp));
  }
  return { x, w };
}

const GL = gaussLegendre(48);

/** P(q²) = ∫₀¹ x(1−x) ln[(m_τ² − x(1−x)q²)/(m_μ² − x(1−x)q²)] dx, on geometric panels towards x = 0 and 1. */
function loopByGaussLegendre(q2: number): number {
  const edges = [0];
  for (let e = -12; e < 0; e++) edges.push(0.5 * 10 ** e);
  edges.push(0.5);
  const f = (x: number) => {
    const xx = x * (1 - x);
    return xx * Math.log((TAU2 - xx * q2) / (MU2 - xx * q2));
  };
  let half = 0;
  for (let k = 0; k + 1 < edges.length; k++) {
    const [a, b] = [edges[k], edges[k + 1]];
    for (let i = 0; i < GL.x.length; i++) half += ((b - a) / 2) * GL.w[i] * f(((b - a) / 2) * GL.x[i] + (a + b) / 2);
  }
  return 2 * half; // the integrand is symmetric under x → 1 − x
}

const state = (over: Partial<EpsilonState> = {}): EpsilonState => ({ g: 5e-4, q2: -100, flavor: 'mu', ...over });

describe('epsilonOutputs', () => {
  it('gives eq. (5): ε = −(g e / 12π²) ln(m_τ²/m_μ²), about −g/69.3', () => {
    const out = epsilonOutputs(state({ g: 3e-4 }));
    expectClose(out.epsilonEq5, -(3e-4 * E * L) / (12 * Math.PI ** 2), { rel: 1e-13 });
    expectClose(out.epsilonEq5 / 3e-4, -1 / 69.3, { rel: 2e-3 }, 'the paper’s −g/69.3');
  });

  it.each([-1e4, -3e5, -1e6, 1e3, 3e4, 44000])('matches a direct Gauss–Legendre quadrature of the one-loop integral at q² = %d MeV²', (q2) => {
    const out = epsilonOutputs(state({ q2 }));
    expectClose(out.ratio, loopByGaussLegendre(q2) / (L / 6), { rel: 1e-9 });
    expectClose(out.epsilonFull, out.epsilonEq5 * out.ratio, { rel: 1e-12 });
  });

  it('has ratio → 1 as q² → 0 with the slope (1/m_μ² − 1/m_τ²)/(5 ln(m_τ²/m_μ²)) from expanding the logarithms', () => {
    const slope = (1 / MU2 - 1 / TAU2) / (5 * L);
    for (const q2 of [-1e-2, 1e-2, -1, 1]) {
      const { ratio } = epsilonOutputs(state({ q2 }));
      expectClose(ratio - 1, slope * q2, { rel: 1e-3 }, `q² = ${q2}`);
    }
  });

  it('falls like 6(m_τ² − m_μ²)/(−q² ln(m_τ²/m_μ²)) for −q² ≫ m_τ², and better so the larger −q² is', () => {
    const asymptote = (q2: number) => (6 * (TAU2 - MU2)) / (-q2 * L);
    const error = (q2: number) => Math.abs(epsilonOutputs(state({ q2 })).ratio / asymptote(q2) - 1);
    expect(error(-1e12)).toBeLessThan(1e-3);
    expect(error(-1e10)).toBeLessThan(2e-2);
    expect(error(-1e12)).toBeLessThan(error(-1e10));
    expect(error(-1e10)).toBeLessThan(error(-1e8));
  });

  it('gives q_νμ = −q_ντ = |ε(q²)| g / e, positive for ν_μ (opposite to the electron)', () => {
    const out = epsilonOutputs(state({ g: 2e-3, q2: -5e4 }));
    // ε < 0 with e = +√(4πα); the charge sign is physical: ν_μ positive, ν_τ negative.
    expect(out.epsilonFull).toBeLessThan(0);
    expectClose(out.chargeMu, (-out.epsilonFull * 2e-3) / E, { rel: 1e-12 });
    expect(out.chargeMu).toBeGreaterThan(0);
    expect(out.chargeTau).toBe(-out.chargeMu);
    expectClose(out.chargeMu / 2e-3 ** 2, (L / (12 * Math.PI ** 2)) * out.ratio, { rel: 1e-12 });
  });
});

describe('input checks', () => {
  it.each([0, -1, Number.NaN, Infinity, 11])('couplingError rejects g = %d', (g) => {
    expect(couplingError(g)).toMatch(/^g must be/);
  });
  it('couplingError accepts a small positive coupling', () => expect(couplingError(1e-12)).toBeNull());
  it('q2Error names the pair-production threshold 4m_μ² at and above it', () => {
    const threshold = 4 * MU2;
    expect(q2Error(threshold)).toBe(`q² must be below 4 m_μ² = ${Math.round(threshold)} MeV² (pair-production threshold).`);
    expect(q2Error(1e5)).toMatch(/pair-production threshold/);
    expect(q2Error(threshold * 0.9999)).toBeNull();
    expect(q2Error(Number.NaN)).toMatch(/finite/);
  });
});

describe('epsilonSchema URL state', () => {
  const states = fc.record({
    g: fc.double({ min: 1e-14, max: 10, noNaN: true }),
    q2: fc.double({ min: -1e18, max: 4 * MU2 * 0.999, noNaN: true }),
    flavor: fc.constantFrom('mu' as const, 'tau' as const),
  });

  it('round-trips any valid state through serializeState and parseState', () => {
    fc.assert(
      fc.property(states, (s) => {
        const { state: back, notices } = parseState(epsilonSchema, `?${serializeState(epsilonSchema, s)}`);
        expect(notices).toEqual([]);
        expect(back).toEqual({ ...s, q2: s.q2 === 0 ? 0 : s.q2 });
      }),
    );
  });

  it.each(['', 'abc', 'NaN', 'Infinity', '1e400', '-5', '0', '<script>alert(1)</script>', '0x10', '５'])(
    'rejects g=%j with a notice and keeps the default',
    (raw) => {
      const { state: s, notices } = parseState(epsilonSchema, `?g=${encodeURIComponent(raw)}&q2=-400`);
      expect(s.g).toBe(5e-4);
      expect(s.q2).toBe(-400);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/^Ignored g=/);
    },
  );

  it('rejects q² at the muon-pair threshold with the threshold named', () => {
    const { state: s, notices } = parseState(epsilonSchema, `?q2=${4 * MU2}`);
    expect(s.q2).toBe(-100);
    expect(notices[0]).toMatch(/pair-production threshold/);
  });
});

describe('epsilonChartSpec', () => {
  it('spans q² from −10⁸ MeV² to 4m_μ² on a symlog axis with signed power-of-ten ticks', () => {
    const spec = epsilonChartSpec(state());
    const x = spec.x as { type: string; domain: number[]; ticks: number[] };
    expect(x.type).toBe('symlog');
    expect(x.domain).toEqual([-1e8, 4 * MU2]);
    expect(x.ticks.map(formatSignedPowerOfTen)).toEqual(['−10⁸', '−10⁶', '−10⁴', '0', '10⁴']);
  });

  it('puts the marker at the chosen q² and the curve through ratio 1 at q² → 0', () => {
    const spec = epsilonChartSpec(state({ q2: -2500 }));
    const marks = spec.marks as unknown as { className?: string; data: unknown }[];
    const marker = marks.find((m) => m.className === 'eps-marker');
    expect((marker?.data as { q2: number }[])[0].q2).toBe(-2500);
    const curve = ratioCurve();
    const nearZero = curve.reduce((best, p) => (Math.abs(p.q2) < Math.abs(best.q2) ? p : best));
    expectClose(nearZero.ratio, 1, { rel: 1e-3 });
    expect(curve.every((p) => Number.isFinite(p.ratio) && p.ratio > 0)).toBe(true);
  });

  it('renders to an SVG with role="img", an aria-label and no NaN', () => {
    const svg = renderPlotSvg(epsilonChartSpec(state()), { ariaLabel: 'test chart' });
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    const root = document.querySelector('svg');
    expect(root?.getAttribute('role')).toBe('img');
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(document.querySelectorAll('.eps-marker line, line.eps-marker, .eps-marker').length).toBeGreaterThan(0);
  });
});

describe('epsilonReadout', () => {
  it('lists the chosen flavour first and formats with Unicode powers of ten', () => {
    const mu = epsilonReadout(state({ flavor: 'mu' }));
    const tau = epsilonReadout(state({ flavor: 'tau' }));
    expect(mu[3][0]).toMatch(/q\(ν_μ\)/);
    expect(tau[3][0]).toMatch(/q\(ν_τ\)/);
    // −5×10⁻⁴ × 0.30282 × 5.6450 / (12π²) = −7.217×10⁻⁶, worked by hand
    expect(mu[0][1]).toBe('−7.22 × 10⁻⁶');
  });
});

describe('ε calculator SVG snapshots (review the diff; never update blindly)', () => {
  /** Plot's own snapshot normalisation: long decimals rounded to 3 places. */
  const normalise = (svg: string) => svg.replace(/\d+\.\d{4,}/g, (x) => String(Math.round(Number(x) * 1000) / 1000)).replace(/>\s*</g, '>\n<');
  it.each([
    ['default', state()],
    ['timelike-near-threshold', state({ q2: 44000, g: 1e-3, flavor: 'tau' })],
  ] as const)('%s', async (name, s) => {
    const svg = renderPlotSvg(epsilonChartSpec(s), { ariaLabel: 'ε(q²)/ε(0) snapshot' });
    await expect(normalise(svg)).toMatchFileSnapshot(`__snapshots__/epsilon-calculator-${name}.svg`);
  });
});
