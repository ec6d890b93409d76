/**
 * Root finding on a bracket (Brent's method: inverse quadratic interpolation and secant steps,
 * falling back to bisection) and, built on it, the sub-intervals of [a, b] where a function is
 * ≤ 0. Plain numerics with no physics, tested on functions with known roots.
 */

/** Result of {@link findRoot}. */
export interface RootResult {
  /** The root estimate, inside the bracket. */
  x: number;
  /** f(x). */
  fx: number;
  /** Function evaluations used, including the two bracket ends. */
  evaluations: number;
  /** Whether the bracket shrank below the tolerance within `maxEvaluations`. */
  converged: boolean;
}

/** Options for {@link findRoot}. */
export interface RootOptions {
  /** Absolute tolerance on x (default 1e-12). */
  xTol?: number;
  /** Largest number of evaluations before giving up (default 200). */
  maxEvaluations?: number;
}

function requireBracketEnd(name: string, x: number): void {
  if (!Number.isFinite(x)) throw new RangeError(`${name} must be a finite number, got ${x}`);
}

/**
 * A root of f in [a, b], where f(a) and f(b) do not have the same strict sign. Values of ±Infinity
 * are allowed (their sign counts; the step is then a bisection); NaN is not.
 * @param f a function continuous on [a, b]
 * @param a one end of the bracket (finite)
 * @param b the other end (finite)
 * @returns the root with f(x) and the number of evaluations
 * @throws RangeError if f(a) and f(b) have the same strict sign, or f returns NaN
 */
export function findRoot(f: (x: number) => number, a: number, b: number, options: RootOptions = {}): RootResult {
  const { xTol = 1e-12, maxEvaluations = 200 } = options;
  requireBracketEnd('a', a);
  requireBracketEnd('b', b);
  if (!(xTol > 0)) throw new RangeError(`xTol must be a positive tolerance, got ${xTol}`);
  let evaluations = 0;
  const evaluate = (x: number) => {
    evaluations++;
    const y = f(x);
    if (Number.isNaN(y)) throw new RangeError(`the function returned NaN at x = ${x}`);
    return y;
  };
  let fa = evaluate(a);
  let fb = evaluate(b);
  if (fa === 0) return { x: a, fx: fa, evaluations, converged: true };
  if (fb === 0) return { x: b, fx: fb, evaluations, converged: true };
  if (Math.sign(fa) === Math.sign(fb)) {
    throw new RangeError(`f(a) and f(b) must bracket a root, got f(${a}) = ${fa} and f(${b}) = ${fb}`);
  }
  // Brent (1973), as in Numerical Recipes' zbrent: b is the best estimate, a the previous one,
  // c the end that keeps the root bracketed with b.
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (;;) {
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      [a, b, c] = [b, c, b];
      [fa, fb, fc] = [fb, fc, fb];
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * xTol;
    const half = 0.5 * (c - b);
    if (Math.abs(half) <= tol || fb === 0) return { x: b, fx: fb, evaluations, converged: true };
    if (evaluations >= maxEvaluations) return { x: b, fx: fb, evaluations, converged: false };
    const finite = Number.isFinite(fa) && Number.isFinite(fb) && Number.isFinite(fc);
    if (finite && Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const r = fb / fc;
        const t = fa / fc;
        p = s * (2 * half * t * (t - r) - (b - a) * (r - 1));
        q = (t - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * half * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : Math.sign(half) * tol;
    fb = evaluate(b);
  }
}

/** A closed interval [from, to]. */
export interface Interval {
  from: number;
  to: number;
}

/**
 * The parts of [a, b] where f ≤ 0. f is sampled at `samples` + 1 evenly spaced points and every
 * change of sign between neighbours is refined with {@link findRoot}; a dip below 0 (or a bump
 * above it) that starts and ends between two neighbouring samples is not seen, so sample at least
 * as finely as f's structure.
 * @param f a continuous function on [a, b] (±Infinity allowed, NaN not)
 * @param a lower end (finite)
 * @param b upper end (finite, ≥ a)
 * @param samples number of sampling steps (integer ≥ 1)
 * @returns disjoint intervals in increasing order; [] if f > 0 at every sample
 * @throws RangeError for invalid arguments or if a refinement does not converge
 */
export function nonPositiveIntervals(f: (x: number) => number, a: number, b: number, samples: number, options: RootOptions = {}): Interval[] {
  requireBracketEnd('a', a);
  requireBracketEnd('b', b);
  if (!(b >= a)) throw new RangeError(`b must not be below a, got a = ${a}, b = ${b}`);
  if (!Number.isInteger(samples) || samples < 1) throw new RangeError(`samples must be an integer ≥ 1, got ${samples}`);
  const xs = Array.from({ length: samples + 1 }, (_, i) => (i === samples ? b : a + ((b - a) * i) / samples));
  const inside = xs.map((x) => {
    const y = f(x);
    if (Number.isNaN(y)) throw new RangeError(`the function returned NaN at x = ${x}`);
    return y <= 0;
  });
  const intervals: Interval[] = [];
  let start = inside[0] ? a : undefined;
  for (let i = 1; i < xs.length; i++) {
    if (inside[i] === inside[i - 1]) continue;
    const root = findRoot(f, xs[i - 1]!, xs[i]!, options);
    if (!root.converged) throw new RangeError(`root finding did not converge between x = ${xs[i - 1]} and ${xs[i]}`);
    if (inside[i]) start = root.x;
    else {
      intervals.push({ from: start!, to: root.x });
      start = undefined;
    }
  }
  if (start !== undefined) intervals.push({ from: start, to: b });
  return intervals;
}
