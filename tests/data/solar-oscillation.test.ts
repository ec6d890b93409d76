/**
 * solar-oscillation.json: the flavour content of the solar flux behind the xenon ν–e limits.
 * Reference values are the published inputs, re-derived here, never copied from the file.
 */
import { describe, expect, test } from 'vitest';
import { limitById, solarOscillation } from '../../src/data/index';
import { parseSolarOscillation } from '../../src/data/parse';
import schema from '../../src/data/schema/solar-oscillation.schema.json' with { type: 'json' };
import { expectClose } from '../helpers/expect-close';

describe('solar-oscillation.json', () => {
  test('applies to exactly the solar-neutrino ν–e scattering limits (XENONnT, LZ, XMASS-I)', () => {
    expect(solarOscillation.limitIds).toEqual(['xenonnt-tau', 'lz-mu', 'lz-tau', 'xmass-mu-tau']);
    for (const id of solarOscillation.limitIds) {
      expect(limitById(id).process, id).toMatch(/solar neutrinos on electrons/);
    }
  });

  test('P_ee is the vacuum-averaged LMA value 1 − ½ sin²2θ12 for pp neutrinos, with sin²θ12 = 0.307 (PDG Listings, Neutrino Mixing)', () => {
    const sin2Theta12 = 0.307; // PDG Listings 'Neutrino Mixing', (B) three-neutrino mixing parameters: 0.307 ± 0.013
    const pee = 1 - 2 * sin2Theta12 * (1 - sin2Theta12); // = 1 − ½ sin²2θ12 = 1 − 0.425502 = 0.574498
    expectClose(pee, 0.574498, { rel: 1e-6 });
    // stored rounded to two digits: within 0.005 / 0.57 ≈ 0.9 %
    expectClose(solarOscillation.survivalProbabilityEe.value, pee, { rel: 0.009 });
  });

  test('sin²θ23 is the PDG fit for normal ordering, 0.545 ± 0.021 (pdglive node S067P23)', () => {
    expect(solarOscillation.sin2Theta23.value).toBe(0.545); // PDG Listings, sin²(θ23) OUR FIT, normal ordering
    expect(solarOscillation.sin2Theta23.source).toMatch(/normal mass ordering: 0\.545 ± 0\.021/);
  });

  test('P_ee + P_eμ + P_eτ = 1 in the stated approximation (θ13 neglected)', () => {
    const pee = solarOscillation.survivalProbabilityEe.value;
    const s23 = solarOscillation.sin2Theta23.value;
    const pemu = (1 - pee) * (1 - s23);
    const petau = (1 - pee) * s23;
    expectClose(pee + pemu + petau, 1, { rel: 1e-12 });
    expect(solarOscillation.approximation).toMatch(/\(1 − P_ee\) cos²θ23/);
    expect(solarOscillation.approximation).toMatch(/\(1 − P_ee\) sin²θ23/);
  });

  test('the loader rejects a limitIds entry that names no limit, and says which', () => {
    const bad = structuredClone(solarOscillation);
    bad.limitIds = ['xenonnt-tau', 'xenon-1t'];
    expect(() => parseSolarOscillation(bad, schema, ['xenonnt-tau'])).toThrow(
      /^src\/data\/solar-oscillation.json is invalid:\n {2}limitIds names unknown limit "xenon-1t"$/,
    );
  });

  test('the schema rejects a probability outside (0, 1)', () => {
    const bad = structuredClone(solarOscillation);
    bad.sin2Theta23.value = 1.2;
    expect(() => parseSolarOscillation(bad, schema, bad.limitIds)).toThrow(/sin2Theta23\.value: must be < 1/);
  });
});
