import { describe, expect, test } from 'vitest';
import { deltaAmuFromSet, deltaAmuOf, gMinus2, gMinus2Set, hubbleRegions, limitById, momentumTransfer } from '../../src/data/index';
import { parseGMinus2, parseMomentumTransfer } from '../../src/data/parse';
import gMinus2Schema from '../../src/data/schema/g-minus-2.schema.json' with { type: 'json' };
import momentumSchema from '../../src/data/schema/momentum-transfer.schema.json' with { type: 'json' };
import { expectClose } from '../helpers/expect-close';

const clone = <T>(x: T): T => structuredClone(x);

describe('g-minus-2.json', () => {
  test('every set has a source, and the paper’s set is 2023-paper, (245 ± 48)e-11', () => {
    for (const set of gMinus2.sets) expect(set.source.length).toBeGreaterThan(10);
    expect(gMinus2.paperSetId).toBe('2023-paper');
    expect(deltaAmuFromSet(gMinus2Set('2023-paper'))).toEqual({ value: 245, sigma: 48 });
  });

  test('2023: exp − SM reproduces the stated 249, with σ = √(22² + 43²) = 48.3', () => {
    const { value, sigma } = deltaAmuFromSet(gMinus2Set('2023'));
    expect(value).toBe(249);
    expectClose(sigma, 48.3, { rel: 1e-3 });
    expect(Math.round(sigma)).toBe(gMinus2Set('2023').statedDifference!.sigma);
  });

  test('2025: exp − SM = 38.5, σ = √(14.5² + 62²) = 63.7', () => {
    const { value, sigma } = deltaAmuFromSet(gMinus2Set('2025'));
    expect(value).toBe(38.5);
    expectClose(sigma, 63.7, { rel: 1e-3 });
  });

  test('2021: exp − SM reproduces the stated (251 ± 59), σ rounded', () => {
    const { value, sigma } = deltaAmuFromSet(gMinus2Set('2021'));
    expect(value).toBe(251);
    expect(Math.round(sigma)).toBe(59);
  });

  test('deltaAmuOf(id) applies the 1e-11 scale, defaulting to the default set', () => {
    expectClose(deltaAmuOf('2023').value, 249e-11, { rel: 1e-15 });
    expect(deltaAmuOf()).toEqual(deltaAmuOf(gMinus2.defaultSetId));
  });

  test('the loader rejects a set with neither inputs nor a stated difference, and a dangling default id', () => {
    const bad = clone(gMinus2);
    bad.sets[1]!.statedDifference = null;
    expect(() => parseGMinus2(bad, gMinus2Schema)).toThrow(/2023-paper: needs experiment and theory, or statedDifference/);
    const dangling = clone(gMinus2);
    dangling.defaultSetId = '2030';
    expect(() => parseGMinus2(dangling, gMinus2Schema)).toThrow(/defaultSetId "2030" names no set/);
  });
});

describe('hubble-regions.json and momentum-transfer.json', () => {
  test('the paper’s Hubble region is 1e-6…1 MeV and g = 1e-13…1e-9, and every region has a source', () => {
    const used = hubbleRegions.regions.filter((r) => r.usedByPaper);
    expect(used.map((r) => [r.id, r.mZprimeMeV, r.coupling])).toEqual([['freeze-in', { min: 1e-6, max: 1 }, { min: 1e-13, max: 1e-9 }]]);
    for (const region of hubbleRegions.regions) expect(region.source.length).toBeGreaterThan(10);
  });

  test('every momentum-transfer entry is an estimate with a source and names existing limits', () => {
    for (const entry of momentumTransfer.entries) {
      expect(entry.estimate).toBe(true);
      expect(entry.source.length).toBeGreaterThan(10);
      for (const id of entry.limitIds) expect(() => limitById(id)).not.toThrow();
    }
  });

  test('the loader rejects a reference to an unknown limit', () => {
    const bad = clone(momentumTransfer);
    bad.entries[0]!.limitIds = ['xenon-1t'];
    expect(() => parseMomentumTransfer(bad, momentumSchema, ['lz-tau'])).toThrow(/limitIds names unknown limit "xenon-1t"/);
  });
});
