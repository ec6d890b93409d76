import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decadePoints, integrate } from '../../src/physics/quadrature';
import { expectClose } from '../helpers/expect-close';

/** Integrals with known closed forms; "hard" ones have endpoint singularities or sharp peaks. */
const known: {
  name: string;
  f: (x: number) => number;
  a: number;
  b: number;
  exact: number;
  breakpoints?: number[];
}[] = [
  { name: '∫₀¹ 1/(1+x²) = π/4', f: (x) => 1 / (1 + x * x), a: 0, b: 1, exact: Math.PI / 4 },
  { name: '∫₀^π sin x = 2', f: Math.sin, a: 0, b: Math.PI, exact: 2 },
  { name: '∫₀¹ eˣ = e − 1', f: Math.exp, a: 0, b: 1, exact: Math.E - 1 },
  { name: '∫₀¹ √x = 2/3 (endpoint branch point)', f: Math.sqrt, a: 0, b: 1, exact: 2 / 3 },
  { name: '∫₀¹ ln x = −1 (endpoint log singularity)', f: Math.log, a: 0, b: 1, exact: -1 },
  {
    name: '∫₋₁¹ w/(x²+w²) = 2 atan(1/w), Lorentzian of width w = 1e-6 (breakpoints every decade from w)',
    f: (x) => 1e-6 / (x * x + 1e-12),
    a: -1,
    b: 1,
    exact: 2 * Math.atan(1e6),
    breakpoints: decadePoints(1e-6, 1).flatMap((p) => [-p, p]),
  },
  {
    name: '∫₀¹ w/((x−0.3)²+w²), off-centre Lorentzian of width w = 1e-4',
    f: (x) => 1e-4 / ((x - 0.3) ** 2 + 1e-8),
    a: 0,
    b: 1,
    exact: Math.atan(0.7e4) + Math.atan(0.3e4),
  },
];

describe('integrate(f, a, b)', () => {
  test.each(Array.from({ length: 14 }, (_, k) => k))('integrates x^%i over [0, 1] exactly on one interval (Gauss 7 and Kronrod 15 both exact)', (k) => {
    const result = integrate((x) => x ** k, 0, 1);
    expectClose(result.value, 1 / (k + 1), { rel: 4 * Number.EPSILON });
    expect(result.intervals).toBe(1);
    expect(result.converged).toBe(true);
  });

  test('integrates a degree-22 polynomial exactly with Kronrod 15 even where Gauss 7 is not exact', () => {
    const result = integrate((x) => 23 * x ** 22, 0, 1, { relTol: 1 });
    expect(result.intervals).toBe(1);
    expectClose(result.value, 1, { rel: 1e-14 });
    expect(result.error).toBeGreaterThan(1e-10); // G7 is off, so the estimate is honestly large
  });

  test.each(known)('$name to 1e-12 relative', ({ f, a, b, exact, breakpoints }) => {
    const result = integrate(f, a, b, { relTol: 1e-12, breakpoints });
    expect(result.converged).toBe(true);
    expectClose(result.value, exact, { rel: 1e-12 });
  });

  test.each(known)('reports an error estimate that bounds the true error of $name, at tolerances 1e-3 … 1e-12', ({ f, a, b, exact, breakpoints }) => {
    for (const relTol of [1e-3, 1e-6, 1e-9, 1e-12]) {
      const result = integrate(f, a, b, { relTol, breakpoints });
      expect(Math.abs(result.value - exact)).toBeLessThanOrEqual(result.error);
      expect(result.error).toBeLessThanOrEqual(relTol * Math.abs(result.value));
    }
  });

  test('bounds the true error of random Lorentzians (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), fc.double({ min: -7, max: -1, noNaN: true }), (centre, logWidth) => {
        const w = 10 ** logWidth;
        const exact = Math.atan((1 - centre) / w) + Math.atan(centre / w);
        const result = integrate((x) => w / ((x - centre) ** 2 + w * w), 0, 1, { relTol: 1e-8 });
        return result.converged && Math.abs(result.value - exact) <= result.error;
      }),
    );
  });

  test('can miss a peak narrower than its node spacing at a loose tolerance, which is why callers pass breakpoints', () => {
    const f = (x: number) => 1e-6 / (x * x + 1e-12);
    const exact = 2 * Math.atan(1e6);
    const blind = integrate(f, -1, 1, { relTol: 1e-3 });
    expect(Math.abs(blind.value - exact)).toBeGreaterThan(blind.error); // peak sits on a bisection point
    const guided = integrate(f, -1, 1, { relTol: 1e-3, breakpoints: decadePoints(1e-6, 1).flatMap((p) => [-p, p]) });
    expect(Math.abs(guided.value - exact)).toBeLessThanOrEqual(guided.error);
  });

  test('splits first at breakpoints inside (a, b) and ignores those outside', () => {
    const f = (x: number) => Math.abs(x - 0.3);
    const exact = (0.3 ** 2 + 0.7 ** 2) / 2;
    const result = integrate(f, 0, 1, { breakpoints: [0.3, -5, 2] });
    expect(result.intervals).toBe(2);
    expectClose(result.value, exact, { rel: 1e-15 });
  });

  test('decadePoints(from, to) lists from·10^k below to, and nothing for an empty range', () => {
    expect(decadePoints(1e-3, 1).length).toBe(3);
    expectClose(decadePoints(1e-3, 1)[2]!, 0.1, { rel: 1e-15 });
    expect(decadePoints(2, 1)).toEqual([]);
    expect(decadePoints(0, 1)).toEqual([]);
  });

  test('returns 0 with zero error on an empty interval', () => {
    expect(integrate(Math.exp, 2, 2)).toEqual({ value: 0, error: 0, intervals: 0, converged: true });
  });

  test('reports converged: false when the interval budget runs out', () => {
    const result = integrate((x) => 1e-6 / ((x - 0.3) ** 2 + 1e-12), 0, 1, { maxIntervals: 3 });
    expect(result.converged).toBe(false);
    expect(result.intervals).toBe(3);
  });

  test('rejects reversed or non-finite limits, impossible tolerances and non-finite integrands with RangeError', () => {
    expect(() => integrate(Math.exp, 1, 0)).toThrow(RangeError);
    expect(() => integrate(Math.exp, 0, Infinity)).toThrow(RangeError);
    expect(() => integrate(Math.exp, Number.NaN, 1)).toThrow(RangeError);
    expect(() => integrate(Math.exp, 0, 1, { relTol: 0, absTol: 0 })).toThrow(RangeError);
    expect(() => integrate(() => Number.NaN, 0, 1)).toThrow(/non-finite/);
  });
});
