import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dodgeLabels } from '../../../src/figures/shared/label-layout';
import { decades } from '../../../src/figures/shared/log-axis';

describe('dodgeLabels(positions, gap, min, max)', () => {
  it('keeps neighbours at least the gap apart, in the input order, inside the range', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -14, max: -1, noNaN: true }), { maxLength: 10 }), (positions) => {
        const placed = dodgeLabels(positions, 0.4, -14, -1);
        const sorted = positions
          .map((p, i) => [p, placed[i]])
          .sort((a, b) => a[0] - b[0])
          .map(([, q]) => q);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(0.4 - 1e-9);
        expect(sorted.every((q) => q <= -1 + 1e-9)).toBe(true);
      }),
    );
  });
  it('leaves labels that are already apart where they are', () => {
    expect(dodgeLabels([-3, -10, -6], 0.5, -14, -1)).toEqual([-3, -10, -6]);
  });
});

describe('dodgeLabels(positions, gap, -Infinity, top), as Fig. 2 calls it', () => {
  it('keeps labels at least `gap` apart, in order, below `top` when there is room', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -26, max: -5, noNaN: true }), { maxLength: 12 }), (values) => {
        const gap = 0.5;
        const out = dodgeLabels(values, gap, -Infinity, -4);
        const sorted = values.map((v, i) => [v, out[i]] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i][1] - sorted[i - 1][1]).toBeGreaterThanOrEqual(gap - 1e-9);
        for (const v of out) expect(v).toBeLessThanOrEqual(-4 + 1e-9);
      }),
    );
  });

  it('leaves well-separated labels where they are', () => {
    expect(dodgeLabels([-20, -10, -15], 1, -Infinity, Infinity)).toEqual([-20, -10, -15]);
  });
});

describe('decades(lo, hi, step)', () => {
  it('lists the powers of ten from lo to hi, every step-th decade, equal to the literals', () => {
    expect(decades(1e-6, 1e3, 3)).toEqual([1e-6, 1e-3, 1, 1e3]);
    expect(decades(1e-26, 1e-6, 2)).toHaveLength(11);
    expect(decades(1e-12, 1e-2)).toEqual([1e-12, 1e-11, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2]);
  });

  it('rejects a range that is not positive and ascending, and a step that is not a positive integer', () => {
    expect(() => decades(0, 1)).toThrow(/0 < lo ≤ hi/);
    expect(() => decades(10, 1)).toThrow(/0 < lo ≤ hi/);
    expect(() => decades(1, 10, 0)).toThrow(/positive integer/);
  });
});
