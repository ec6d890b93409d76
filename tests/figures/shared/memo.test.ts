import { describe, expect, it } from 'vitest';
import { memo, once, weakMemo } from '../../../src/figures/shared/memo';
import { bandAt, bandCurve, computedBandCurves, logGrid } from '../../../src/figures/shared/gm2-band';
import { couplingBandForDeltaAmu } from '../../../src/physics/index';

describe('memo(fn, key, {maxSize})', () => {
  it('calls fn once per key and returns the kept result after that (undefined too)', () => {
    const square = memo((x: number) => x * x);
    expect([square(3), square(3), square(4)]).toEqual([9, 9, 16]);
    expect(square.misses).toBe(2);
    const nothing = memo((_x: number) => undefined);
    nothing(1);
    nothing(1);
    expect(nothing.misses).toBe(1);
  });

  it('keys several arguments by their JSON unless given a key function', () => {
    const sum = memo((a: number, b: number) => a + b);
    sum(1, 2);
    sum(1, 2);
    sum(2, 1);
    expect(sum.misses).toBe(2);
    const byParity = memo(
      (x: number) => x % 2,
      (x) => x % 2,
    );
    expect([byParity(1), byParity(3), byParity(2)]).toEqual([1, 1, 0]);
    expect(byParity.misses).toBe(2);
  });

  it('empties its cache when maxSize entries are kept', () => {
    const id = memo((x: number) => x, undefined, { maxSize: 2 });
    [1, 2, 3, 1].forEach((x) => id(x));
    // 1, 2 kept; 3 empties the cache; 1 is then computed again.
    expect(id.misses).toBe(4);
  });
});

describe('weakMemo(fn, key)', () => {
  it('keeps results per owner object and, within it, per key of the other arguments', () => {
    const count = weakMemo((list: readonly number[], times: number) => list.length * times);
    const a = [1, 2];
    const b = [1, 2];
    expect([count(a, 2), count(a, 2), count(b, 2), count(a, 3)]).toEqual([4, 4, 4, 6]);
    expect(count.misses).toBe(3);
  });
});

describe('once(fn)', () => {
  it('computes the value on the first call only', () => {
    let calls = 0;
    const value = once(() => ++calls);
    expect([value(), value(), value()]).toEqual([1, 1, 1]);
    expect(calls).toBe(1);
  });
});

describe('shared (g − 2) band', () => {
  // Δa_μ = (245 ± 48) × 10⁻¹¹ as arXiv:2308.05720 quotes it (set 2023-paper of src/data/g-minus-2.json).
  const set = { value: 245e-11, sigma: 48e-11 };

  it('bandAt equals couplingBandForDeltaAmu and keeps the same object for the same inputs', () => {
    expect(bandAt(set, 1, 10)).toEqual(couplingBandForDeltaAmu(set, 1, 10));
    expect(bandAt(set, 1, 10)).toBe(bandAt(set, 1, 10));
  });

  it('bandAt at a light Z′ approaches the closed form g = √(8π² Δa_μ) of eq. (6) for m_Z′ ≪ m_μ', () => {
    // eq. (6) light-Z′ limit Δa_μ = g²/8π²; at 1 keV the correction is O(m_Z′/m_μ) ~ 1e-5.
    const central = bandAt(set, 1, 1e-3).central;
    const closed = Math.sqrt(8 * Math.PI ** 2 * 245e-11);
    expect(Math.abs(central / closed - 1)).toBeLessThan(1e-4);
  });

  it('bandCurve computes a curve once per grid and measurement, pointwise equal to couplingBandForDeltaAmu', () => {
    const grid = logGrid(1e-3, 1e4, 5);
    const before = computedBandCurves();
    const curve = bandCurve(set, 2, grid);
    expect(bandCurve(set, 2, grid)).toBe(curve);
    expect(computedBandCurves()).toBe(before + 1);
    curve.points.forEach((p, i) => expect(p).toEqual({ m: grid[i], ...couplingBandForDeltaAmu(set, 2, grid[i]) }));
    expect(curve.isCeiling).toBe(false);
    expect(bandCurve({ value: 50e-11, sigma: 48e-11 }, 2, grid).isCeiling).toBe(true);
  });

  it('logGrid spaces masses evenly in log with exact ends', () => {
    const grid = logGrid(1e-3, 1e4, 8);
    expect(grid[0]).toBe(1e-3);
    expect(grid[7]).toBe(1e4);
    grid.slice(1).forEach((m, i) => expect(Math.abs(Math.log10(m / grid[i]) - 1)).toBeLessThan(1e-12));
  });
});
