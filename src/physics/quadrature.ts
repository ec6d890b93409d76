/**
 * Adaptive Gauss–Kronrod 7/15 quadrature (globally adaptive, as QUADPACK's QAG).
 *
 * The interval with the largest error estimate is bisected until the summed
 * estimate meets the tolerance. Each interval's estimate is |K15 − G7|, floored at a
 * round-off allowance, deliberately not QUADPACK's sharper heuristic: for
 * smooth integrands it bounds the true error of K15 by a wide margin, which is
 * what tests/physics/quadrature.test.ts checks.
 */

/** Result of {@link integrate}: the integral, an error bound and bookkeeping. */
export interface QuadratureResult {
  /** The integral estimate (Kronrod 15-point sum over all intervals). */
  value: number;
  /** Estimated absolute error of `value`. */
  error: number;
  /** Number of subintervals used. */
  intervals: number;
  /** Whether `error` met the requested tolerance within `maxIntervals`. */
  converged: boolean;
}

/** Options for {@link integrate}. */
export interface QuadratureOptions {
  /** Relative tolerance on the total (default 1e-12). */
  relTol?: number;
  /** Absolute tolerance on the total (default 0). */
  absTol?: number;
  /** Largest number of subintervals before giving up (default 2000). */
  maxIntervals?: number;
  /** Interior points where the integrand has structure; the first split happens there. */
  breakpoints?: readonly number[];
}

// Kronrod nodes (descending, last is the centre) and weights; Gauss weights for odd Kronrod nodes.
const XK = [
  0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
  0.586087235467691130294144845693013, 0.405845151377397166906606412076961, 0.207784955007898467600689403773245, 0,
];
const WK = [
  0.02293532201052922496373200805897, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
  0.16900472663926790282658342659855, 0.190350578064785409913256402421014, 0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
];
const WG = [0.129484966168869693270611432679082, 0.27970539148927666790146777142378, 0.381830050505118944950369775488975, 0.417959183673469387755102040816327];

interface Piece {
  a: number;
  b: number;
  value: number;
  error: number;
}

function gaussKronrod(f: (x: number) => number, a: number, b: number): Piece {
  const centre = 0.5 * (a + b);
  const half = 0.5 * (b - a);
  const fc = f(centre);
  let kronrod = WK[7]! * fc;
  let gauss = WG[3]! * fc;
  let absSum = Math.abs(kronrod);
  for (let j = 0; j < 7; j++) {
    const dx = half * XK[j]!;
    const f1 = f(centre - dx);
    const f2 = f(centre + dx);
    kronrod += WK[j]! * (f1 + f2);
    absSum += WK[j]! * (Math.abs(f1) + Math.abs(f2));
    if (j % 2 === 1) gauss += WG[(j - 1) / 2]! * (f1 + f2);
  }
  const value = kronrod * half;
  // QUADPACK's floor: no estimate below what round-off in the 15-term sum allows.
  const roundOff = 50 * Number.EPSILON * absSum * Math.abs(half);
  return { a, b, value, error: Math.max(Math.abs((kronrod - gauss) * half), roundOff) };
}

function sum(pieces: readonly Piece[], key: 'value' | 'error'): number {
  // Neumaier summation: totals of many small pieces stay accurate to ~1 ulp.
  let s = 0;
  let c = 0;
  for (const p of pieces) {
    const x = p[key];
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

/**
 * ∫ₐᵇ f(x) dx by adaptive Gauss–Kronrod 7/15.
 * @param f integrand; must return finite numbers on (a, b) (endpoints are never evaluated)
 * @param a lower limit (finite)
 * @param b upper limit (finite, b ≥ a)
 * @param options tolerances, interval budget and breakpoints
 * @returns the value with its error estimate; `converged` is false if the budget ran out
 */
export function integrate(f: (x: number) => number, a: number, b: number, options: QuadratureOptions = {}): QuadratureResult {
  const { relTol = 1e-12, absTol = 0, maxIntervals = 2000, breakpoints = [] } = options;
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) {
    throw new RangeError(`integration limits must be finite with a ≤ b, got a = ${a}, b = ${b}`);
  }
  if (!(relTol >= 0 && absTol >= 0) || (relTol === 0 && absTol === 0)) {
    throw new RangeError(`tolerances must be non-negative and not both zero, got relTol = ${relTol}, absTol = ${absTol}`);
  }
  if (a === b) return { value: 0, error: 0, intervals: 0, converged: true };
  const cuts = [a, ...breakpoints.filter((p) => p > a && p < b).sort((x, y) => x - y), b];
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    if (cuts[i + 1]! > cuts[i]!) pieces.push(gaussKronrod(f, cuts[i]!, cuts[i + 1]!));
  }
  for (;;) {
    const value = sum(pieces, 'value');
    const error = sum(pieces, 'error');
    if (!Number.isFinite(value) || !Number.isFinite(error)) {
      throw new RangeError('integrand returned a non-finite value');
    }
    if (error <= Math.max(absTol, relTol * Math.abs(value))) {
      return { value, error, intervals: pieces.length, converged: true };
    }
    let worst = 0;
    for (let i = 1; i < pieces.length; i++) if (pieces[i]!.error > pieces[worst]!.error) worst = i;
    const { a: lo, b: hi } = pieces[worst]!;
    const mid = 0.5 * (lo + hi);
    if (pieces.length >= maxIntervals || !(mid > lo && mid < hi)) {
      return { value, error, intervals: pieces.length, converged: false };
    }
    pieces.splice(worst, 1, gaussKronrod(f, lo, mid), gaussKronrod(f, mid, hi));
  }
}

/**
 * Breakpoints one decade apart from `from` up to (not including) `to`, both > 0.
 * An integrand that changes shape at x ~ w and has a tail like w/x (or w²/x²) needs
 * points across every decade between w and 1: the first Kronrod node of an interval
 * [w, 1] sits at w + 0.004, too far out to see the tail.
 * @returns points from·10^k < to, k = 0, 1, 2, …; empty unless 0 < from < to
 */
export function decadePoints(from: number, to: number): number[] {
  const points: number[] = [];
  if (!(from > 0 && to > from && Number.isFinite(to))) return points;
  for (let p = from; p < to; p *= 10) points.push(p);
  return points;
}
