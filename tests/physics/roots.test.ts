/**
 * The root finder and the ≤ 0 interval search (src/physics/roots.ts) on functions whose roots are
 * known in closed form.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findRoot, nonPositiveIntervals } from '../../src/physics/roots';
import { expectClose } from '../helpers/expect-close';

/** The Dottie number, the root of cos x = x (OEIS A003957). */
const DOTTIE = 0.7390851332151606416553120876738734040134;

describe('findRoot(f, a, b)', () => {
  test.each([
    ['x² − 2 on [0, 2]', (x: number) => x * x - 2, 0, 2, Math.SQRT2],
    ['cos x − x on [0, 1] (the Dottie number)', (x: number) => Math.cos(x) - x, 0, 1, DOTTIE],
    ['ln x on [0.1, 50]', Math.log, 0.1, 50, 1],
    ['x³ − x − 1 on [1, 2] (the plastic number)', (x: number) => x ** 3 - x - 1, 1, 2, 1.324717957244746],
    ['e^x − 10 on [5, −5] (a reversed bracket)', (x: number) => Math.exp(x) - 10, 5, -5, Math.log(10)],
  ])('finds the root of %s to 1e-12', (_, f, a, b, root) => {
    const result = findRoot(f, a, b);
    expect(result.converged).toBe(true);
    expectClose(result.x, root, { rel: 1e-12 });
    // Brent converges superlinearly on smooth functions: far fewer steps than bisection's ~40.
    expect(result.evaluations).toBeLessThan(20);
  });

  test('returns a bracket end that is itself a root, in two evaluations', () => {
    expect(findRoot((x) => x - 3, 3, 10)).toEqual({ x: 3, fx: 0, evaluations: 2, converged: true });
    expect(findRoot((x) => x - 3, -1, 3).x).toBe(3);
  });

  test('bisects where f is ±Infinity: 1/x − 1 on [0, 4] has its root at 1', () => {
    const result = findRoot((x) => (x === 0 ? Infinity : 1 / x - 1), 0, 4);
    expectClose(result.x, 1, { rel: 1e-11 });
  });

  test('honours xTol: a coarse tolerance stops early, within the tolerance of the root', () => {
    const result = findRoot((x) => x * x - 2, 0, 2, { xTol: 1e-3 });
    expect(Math.abs(result.x - Math.SQRT2)).toBeLessThan(1e-3);
  });

  test('reports converged: false when the evaluation budget runs out', () => {
    const result = findRoot((x) => Math.sign(x - 0.3) * Math.abs(x - 0.3) ** 0.1, 0, 1, { maxEvaluations: 4 });
    expect(result.converged).toBe(false);
    expect(result.evaluations).toBe(4);
  });

  test('stays inside the bracket and finds a sign change for any monotone cubic (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (r) => {
        const { x } = findRoot((t) => (t - r) ** 3 + (t - r), -200, 200);
        return Math.abs(x - r) <= 1e-9 * Math.max(1, Math.abs(r));
      }),
    );
  });

  test('rejects a bracket without a sign change, non-finite ends, NaN values and a bad tolerance', () => {
    expect(() => findRoot((x) => x * x + 1, -1, 1)).toThrow(/^f\(a\) and f\(b\) must bracket a root, got f\(-1\) = 2 and f\(1\) = 2$/);
    expect(() => findRoot((x) => x, Number.NaN, 1)).toThrow(/^a must be a finite number, got NaN$/);
    expect(() => findRoot((x) => x, -1, Infinity)).toThrow(/^b must be a finite number, got Infinity$/);
    expect(() => findRoot(() => Number.NaN, -1, 1)).toThrow(/^the function returned NaN at x = -1$/);
    expect(() => findRoot((x) => x, -1, 1, { xTol: 0 })).toThrow(/^xTol must be a positive tolerance, got 0$/);
  });
});

describe('nonPositiveIntervals(f, a, b, samples)', () => {
  test('finds where sin x ≤ 0 on [0.5, 10]: [π, 2π] and [3π, 10]', () => {
    const intervals = nonPositiveIntervals(Math.sin, 0.5, 10, 40);
    expect(intervals).toHaveLength(2);
    expectClose(intervals[0]!.from, Math.PI, { rel: 1e-12 });
    expectClose(intervals[0]!.to, 2 * Math.PI, { rel: 1e-12 });
    expectClose(intervals[1]!.from, 3 * Math.PI, { rel: 1e-12 });
    expect(intervals[1]!.to).toBe(10);
  });

  test('returns the whole range for f ≤ 0 everywhere and nothing for f > 0 everywhere', () => {
    expect(nonPositiveIntervals(() => -1, 2, 5, 3)).toEqual([{ from: 2, to: 5 }]);
    expect(nonPositiveIntervals(() => 1, 2, 5, 3)).toEqual([]);
  });

  test('keeps a touching zero at the start as a one-point interval: sin x on [0, 1] gives [0, 0]', () => {
    expect(nonPositiveIntervals(Math.sin, 0, 1, 4)).toEqual([{ from: 0, to: 0 }]);
  });

  test('handles a one-point range', () => {
    expect(nonPositiveIntervals((x) => x - 1, 0.5, 0.5, 1)).toEqual([{ from: 0.5, to: 0.5 }]);
  });

  test('finds the one interval of a parabola below 0 wherever it lies (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 9, noNaN: true }), fc.double({ min: 0.05, max: 1, noNaN: true }), (centre, half) => {
        const [interval, ...rest] = nonPositiveIntervals((x) => (x - centre) ** 2 - half * half, 0, 10, 100);
        return (
          rest.length === 0 && Math.abs(interval!.from - Math.max(0, centre - half)) < 1e-10 && Math.abs(interval!.to - Math.min(10, centre + half)) < 1e-10
        );
      }),
    );
  });

  test('rejects a reversed range, a bad sample count and NaN values', () => {
    expect(() => nonPositiveIntervals((x) => x, 2, 1, 4)).toThrow(/^b must not be below a, got a = 2, b = 1$/);
    expect(() => nonPositiveIntervals((x) => x, 0, 1, 0)).toThrow(/^samples must be an integer ≥ 1, got 0$/);
    expect(() => nonPositiveIntervals((x) => x, 0, 1, 2.5)).toThrow(RangeError);
    expect(() => nonPositiveIntervals(() => Number.NaN, 0, 1, 2)).toThrow(/returned NaN/);
  });
});
