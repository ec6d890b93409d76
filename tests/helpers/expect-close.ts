import { expect } from 'vitest';

/** Tolerances for {@link expectClose}: relative, optionally with an absolute floor. */
export interface Tolerance {
  rel: number;
  abs?: number;
}

/** Relative error |actual − expected| / |expected| (absolute error if expected is 0). */
export function relativeError(actual: number, expected: number): number {
  const diff = Math.abs(actual - expected);
  return expected === 0 ? diff : diff / Math.abs(expected);
}

/**
 * Asserts |actual − expected| ≤ max(rel·|expected|, abs). Fails with both numbers and the
 * observed relative error, so a failure says how far off, not just "not equal".
 */
export function expectClose(actual: number, expected: number, { rel, abs = 0 }: Tolerance, label = ''): void {
  const diff = Math.abs(actual - expected);
  const allowed = Math.max(rel * Math.abs(expected), abs);
  const ok = Number.isFinite(actual) && diff <= allowed;
  const where = label ? `${label}: ` : '';
  expect(
    ok,
    `${where}expected ${actual} ≈ ${expected} (rel error ${relativeError(actual, expected).toExponential(2)}, allowed rel ${rel}${abs ? `, abs ${abs}` : ''})`,
  ).toBe(true);
}
