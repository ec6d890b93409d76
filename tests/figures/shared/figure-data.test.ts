import { describe, expect, it } from 'vitest';
import { dataVersion } from '../../../src/figures/shared/figure-data';
import { dataVersionOf, figureData, limitsData } from '../../../src/figures/shared/figure-data.server';
import { gm2DataFromFiles } from '../../../src/figures/gm2/data.server';
import { validityData } from '../../../src/figures/validity/data.server';
import gMinus2 from '../../../src/data/g-minus-2.json';
import limits from '../../../src/data/millicharge-limits.json';
import hubble from '../../../src/data/hubble-regions.json';
import momentum from '../../../src/data/momentum-transfer.json';
import solar from '../../../src/data/solar-oscillation.json';

describe('dataVersion(versions)', () => {
  it('names the given files in the fixed order, whatever order they come in', () => {
    expect(dataVersion({ 'solar-oscillation': '1.0.0', 'millicharge-limits': '1.3.0', 'g-minus-2': '1.2.0' })).toBe(
      'g-minus-2 1.2.0, millicharge-limits 1.3.0, solar-oscillation 1.0.0',
    );
    expect(dataVersion({})).toBe('');
  });
});

describe('figureData(), the one bridge from src/data', () => {
  const model = figureData();

  it('states the version of every data file from its meta block', () => {
    expect(model.dataVersion).toBe(
      `g-minus-2 ${gMinus2.meta.version}, millicharge-limits ${limits.meta.version}, hubble-regions ${hubble.meta.version}, ` +
        `momentum-transfer ${momentum.meta.version}, solar-oscillation ${solar.meta.version}`,
    );
    expect(dataVersionOf(['momentum-transfer', 'g-minus-2'])).toBe(`g-minus-2 ${gMinus2.meta.version}, momentum-transfer ${momentum.meta.version}`);
  });

  it('has every limit, value set, Hubble region and momentum-transfer entry of the files, in file order', () => {
    expect(model.limits.map((l) => l.id)).toEqual(limits.limits.map((l) => l.id));
    expect(model.sets.map((s) => s.id)).toEqual(gMinus2.sets.map((s) => s.id));
    expect(model.hubble.map((r) => r.id)).toEqual(hubble.regions.map((r) => r.id));
    expect(model.experiments.map((e) => e.id)).toEqual(momentum.entries.map((e) => e.id));
    expect(model.paperSetId).toBe(gMinus2.paperSetId);
  });

  it('is computed once and shared by every figure’s selection', () => {
    expect(figureData()).toBe(model);
    expect(limitsData().limits).toBe(model.limits);
    expect(gm2DataFromFiles().sets).toBe(model.sets);
    expect(validityData().sets).toBe(model.sets);
  });

  it('gives the figures the same limits: the g−2 explorer all of them, the validity explorer those with a |q| range', () => {
    expect(gm2DataFromFiles().limits.map((l) => [l.id, l.lower, l.upper])).toEqual(model.limits.map((l) => [l.id, l.lower, l.upper]));
    const withRange = model.limits.filter((l) => typeof l.momentumMeV === 'object').map((l) => l.id);
    expect(validityData().experiments.map((e) => e.id)).toEqual(withRange);
  });

  it('leaves the momentum windows out of what Fig. 2 embeds (each limit carries its own)', () => {
    expect(Object.keys(limitsData()).sort()).toEqual(['dataVersion', 'defaultSetId', 'hubble', 'limits', 'sets', 'solar']);
  });
});
