/**
 * momentum-transfer.json: the stored |q| ranges against kinematics computed here from m_e
 * (|q| = √(2 m_e E_R)) and the plasma frequency ω_p = √(4πα n_e/m_e), each compared within the
 * tolerance of the stored value's rounding.
 */
import { describe, expect, test } from 'vitest';
import { millichargeLimits, momentumTransfer } from '../../src/data/index';
import { expectClose } from '../helpers/expect-close';

const ELECTRON_MASS_MEV = 0.51099895; // CODATA 2022
const ALPHA = 1 / 137.035999; // CODATA 2022
const HBAR_C_MEV_CM = 1.973269804e-11; // MeV·cm, CODATA 2022 (ħc = 197.3269804 MeV fm)
const AVOGADRO = 6.02214076e23; // exact (SI 2019)

/** |q| in MeV for an electron recoil of kinetic energy E_R (keV) on an electron at rest. */
const electronRecoilQ = (recoilKeV: number) => Math.sqrt(2 * ELECTRON_MASS_MEV * recoilKeV * 1e-3);
/** Non-relativistic plasma frequency in MeV for mass density ρ (g/cm³) and electrons per nucleon Y_e. */
const plasmaFrequency = (densityGPerCm3: number, ye = 0.5) => {
  const electronsPerCm3 = ye * densityGPerCm3 * AVOGADRO;
  return Math.sqrt((4 * Math.PI * ALPHA * electronsPerCm3 * HBAR_C_MEV_CM ** 3) / ELECTRON_MASS_MEV);
};
const entry = (id: string) => {
  const found = momentumTransfer.entries.find((e) => e.id === id);
  if (!found) throw new Error(`no momentum-transfer entry ${id}`);
  return found.momentumTransferMeV!;
};

describe('momentum-transfer.json', () => {
  test('every entry is an estimate with a source', () => {
    for (const e of momentumTransfer.entries) {
      expect(e.estimate, e.id).toBe(true);
      expect(e.source.length, e.id).toBeGreaterThan(10);
    }
  });

  test('xenon detectors: |q| = √(2 m_e E_R) is 0.032 MeV at 1 keV and 0.378 MeV at 140 keV (XENONnT window)', () => {
    expectClose(electronRecoilQ(1), 0.031969, { rel: 1e-4 }); // hand: √(2 · 0.511 · 0.001)
    expectClose(electronRecoilQ(140), 0.37826, { rel: 1e-4 }); // hand: √(2 · 0.511 · 0.140)
    const xenon = entry('xenon-electron-recoil');
    // stored to one significant figure (0.03) and two (0.38): tolerances 7 % and 1 %
    expectClose(xenon.min, electronRecoilQ(1), { rel: 0.07 });
    expectClose(xenon.max, electronRecoilQ(140), { rel: 0.01 });
  });

  test('GEMMA: the 2.8 keV threshold gives |q|min = 0.053 MeV, stored as 0.05', () => {
    expectClose(electronRecoilQ(2.8), 0.053494, { rel: 1e-4 }); // hand: √(2 · 0.511 · 0.0028)
    expectClose(entry('gemma-reactor').min, electronRecoilQ(2.8), { rel: 0.07 });
    expectClose(entry('gemma-reactor').max, electronRecoilQ(10), { rel: 0.02 });
  });

  test('BEBC: electron recoils of 0.1–10 GeV give |q| = 10–101 MeV', () => {
    expectClose(entry('bebc-beam-dump').min, electronRecoilQ(1e5), { rel: 0.02 });
    expectClose(entry('bebc-beam-dump').max, electronRecoilQ(1e7), { rel: 0.02 });
  });

  test('red giants: |q| ≈ ω_p, 10.2 keV at ρ = 2.5e5 g/cm³ and 20.4 keV at 1e6 g/cm³ (Y_e = 1/2)', () => {
    // hand: ħω_p = 28.7 eV · √(Y_e ρ / (g cm⁻³)) → 28.7 eV · √5e5 = 20.3 keV
    expectClose(plasmaFrequency(1e6), 0.020376, { rel: 2e-3 });
    expectClose(plasmaFrequency(2.5e5), 0.010188, { rel: 2e-3 });
    const rg = entry('red-giant-plasmon');
    expectClose(rg.min, plasmaFrequency(2.5e5), { rel: 0.02 });
    expectClose(rg.max, plasmaFrequency(1e6), { rel: 0.02 });
  });

  test('the red-giant entry explains the timelike q² = ω_p² and the ω_p²/m_Z′² suppression', () => {
    const rg = momentumTransfer.entries.find((e) => e.id === 'red-giant-plasmon')!;
    expect(rg.justification).toMatch(/q² = ω_p² > 0/);
    expect(rg.justification).toMatch(/ω_p²\/m_Z′²/);
  });

  test('the xenon justification gives the pure-charge rate as 1/E_R² and the interference as 1/E_R', () => {
    const xenon = momentumTransfer.entries.find((e) => e.id === 'xenon-electron-recoil')!;
    expect(xenon.justification).toMatch(/pure-charge rate goes as 1\/E_R²/);
    expect(xenon.justification).toMatch(/weak neutral current as 1\/E_R/);
  });

  test('every limit in millicharge-limits.json has a momentum-transfer entry', () => {
    const covered = momentumTransfer.entries.flatMap((e) => e.limitIds).sort();
    expect(covered).toEqual(millichargeLimits.limits.map((l) => l.id).sort());
  });
});
