/**
 * The prose's number registry (src/values/registry.server.ts) against numbers derived here independently:
 * closed forms of eqs. (5) and (8), a Simpson-rule evaluation of eq. (6), and the paper's stated values.
 */
import { describe, expect, test } from 'vitest';
import limitsData from '../../src/data/millicharge-limits.json';
import gMinus2 from '../../src/data/g-minus-2.json';
import hubble from '../../src/data/hubble-regions.json';
import momentum from '../../src/data/momentum-transfer.json';
import solar from '../../src/data/solar-oscillation.json';
import { BAND_MASSES_MEV, bandExitFor, formatValue, quotedValue, values } from '../../src/values/registry.server';
import { expectClose } from '../helpers/expect-close';

// PDG 2024 masses and CODATA 2022 α, written out here rather than imported.
const M_MU = 105.6583755;
const M_TAU = 1776.93;
const ALPHA = 1 / 137.035999177;
const E = Math.sqrt(4 * Math.PI * ALPHA);
const LOG = Math.log((M_TAU * M_TAU) / (M_MU * M_MU));
/** |q_ν|/(e g²) at q² = 0 from eqs. (5) and (8): ln(m_τ²/m_μ²)/12π². */
const CHARGE_PER_G2 = LOG / (12 * Math.PI ** 2);
/** g that gives |q_ν| = q (units of e): g = √(12π² q / ln(m_τ²/m_μ²)). */
const gFromCharge = (q: number) => Math.sqrt((12 * Math.PI ** 2 * q) / LOG);

/** Eq. (6) per unit g², by composite Simpson's rule with n (even) panels. */
function deltaAmuPerG2(mZ: number, n = 20000): number {
  const r = (M_MU * M_MU) / (mZ * mZ);
  const f = (x: number) => (x * x * (1 - x)) / (1 - x + r * x * x);
  let sum = f(0) + f(1);
  for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * f(i / n);
  return ((r / (4 * Math.PI ** 2)) * sum) / (3 * n);
}

describe('values: the model coefficients', () => {
  test("values['log-tau-mu'] is ln(m_τ²/m_μ²) ≈ 5.645", () => {
    expectClose(quotedValue('log-tau-mu').value, LOG, { rel: 1e-14 });
    expect(formatValue('log-tau-mu')).toBe('5.645');
  });

  test("values['epsilon-per-g'] is −e ln(m_τ²/m_μ²)/12π², printed −0.01443 (≈ −1/69.3)", () => {
    expectClose(quotedValue('epsilon-per-g').value, (-E * LOG) / (12 * Math.PI ** 2), { rel: 1e-12 });
    expect(formatValue('epsilon-per-g')).toBe('−0.01443');
    expect(formatValue('epsilon-per-g-inverse')).toBe('69.3');
  });

  test("values['q-per-g2'] is ln(m_τ²/m_μ²)/12π², printed 0.0477; ν_μ positive (opposite to the electron), ν_τ negative", () => {
    expectClose(quotedValue('q-per-g2').value, CHARGE_PER_G2, { rel: 1e-12 });
    expect(formatValue('q-per-g2')).toBe('0.0477');
    expectClose(quotedValue('q-per-g2/mu').value, CHARGE_PER_G2, { rel: 1e-12 });
    expectClose(quotedValue('q-per-g2/tau').value, -CHARGE_PER_G2, { rel: 1e-12 });
  });

  test('the worked example g = 5 × 10⁻⁴ gives q_νμ = +0.0477 g² = 1.19 × 10⁻⁸ e and q_ντ = −1.19 × 10⁻⁸ e', () => {
    expect(formatValue('example/g')).toBe('5 × 10⁻⁴');
    expectClose(quotedValue('example/q/mu').value, CHARGE_PER_G2 * 25e-8, { rel: 1e-12 });
    expect(formatValue('example/q/mu')).toBe('1.19 × 10⁻⁸ e');
    expect(formatValue('example/q/tau')).toBe('−1.19 × 10⁻⁸ e');
    expectClose(quotedValue('example/epsilon').value, (-E * LOG * 5e-4) / (12 * Math.PI ** 2), { rel: 1e-12 });
  });

  test.each([
    ['constant/muon-mass', '105.6583755 MeV'],
    ['constant/tau-mass', '1776.93 MeV'],
    ['constant/alpha-inverse', '137.035999177'],
  ])("formatValue('%s') prints the constant in full: %s", (key, text) => {
    expect(formatValue(key)).toBe(text);
  });
});

describe('values: coupling bounds from the millicharge limits', () => {
  test('gmax/coherent-2021-mu/symmetric is √(0.75e-7 · 12π²/ln(m_τ²/m_μ²)) ≈ 1.25 × 10⁻³', () => {
    expectClose(quotedValue('gmax/coherent-2021-mu/symmetric').value, gFromCharge(0.75e-7), { rel: 1e-12 });
    expect(formatValue('gmax/coherent-2021-mu/symmetric')).toBe('1.25 × 10⁻³');
  });

  test("gmax/coherent-2021-mu/signed uses upper = 0.75e-7, the side ν_μ's positive charge reaches, so it equals symmetric", () => {
    expectClose(quotedValue('gmax/coherent-2021-mu/signed').value, gFromCharge(0.75e-7), { rel: 1e-12 });
    expect(formatValue('gmax/coherent-2021-mu/signed')).toBe('1.25 × 10⁻³');
  });

  test('a negative ν_μ charge would have met |lower| = 0.55e-7 instead: g_max ≈ 1.07 × 10⁻³', () => {
    expectClose(quotedValue('gmax/coherent-2021-mu/opposite-sign').value, gFromCharge(0.55e-7), { rel: 1e-12 });
    expect(formatValue('gmax/coherent-2021-mu/opposite-sign')).toBe('1.07 × 10⁻³');
  });

  test.each([
    ['xenonnt-tau', 7.9e-13, 7.9e-13],
    ['lz-tau', 2.8e-13, 2.8e-13],
    ['beam-dump-tau', 1e-21, 1e-21],
  ])('gmax/%s: symmetric from max(|lower|, upper), signed (ν_τ < 0) from |lower|', (id, symmetric, signed) => {
    expectClose(quotedValue(`gmax/${id}/symmetric`).value, gFromCharge(symmetric), { rel: 1e-12 });
    expectClose(quotedValue(`gmax/${id}/signed`).value, gFromCharge(signed), { rel: 1e-12 });
  });

  test.each([
    ['xenonnt-tau', 4e-6, 1],
    ['lz-tau', 2.4e-6, 2],
    ['beam-dump-tau', 1.4e-10, 2],
  ])('gmax/%s/symmetric rounds to the paper’s %s', (id, paper, figures) => {
    expect(Number(quotedValue(`gmax/${id}/symmetric`).value.toPrecision(figures))).toBe(paper);
    expect(quotedValue(`gmax/${id}/paper`).value).toBe(paper);
  });

  test('every limit in the data has its interval ends and both g_max treatments', () => {
    for (const limit of limitsData.limits) {
      expect(quotedValue(`limit/${limit.id}/lower`).value).toBe(limit.interval.lower);
      expect(quotedValue(`limit/${limit.id}/upper`).value).toBe(limit.interval.upper);
      for (const flavor of limit.flavors) {
        for (const treatment of ['signed', 'symmetric']) {
          const g = quotedValue(`gmax/${limit.id}/${flavor}/${treatment}`).value;
          const reach =
            treatment === 'symmetric' ? Math.max(-limit.interval.lower, limit.interval.upper) : flavor === 'mu' ? limit.interval.upper : -limit.interval.lower;
          expectClose(g, gFromCharge(reach), { rel: 1e-12 }, `${limit.id} ${flavor} ${treatment}`);
        }
      }
    }
  });

  test('interval ends print with the digits the data states, in units of e', () => {
    expect(formatValue('limit/coherent-2021-mu/lower')).toBe('−5.5 × 10⁻⁸ e');
    expect(formatValue('limit/coherent-2021-mu/upper')).toBe('7.5 × 10⁻⁸ e');
    expect(formatValue('limit/beam-dump-tau/upper')).toBe('10⁻²¹ e');
  });
});

describe('values: the muon anomaly and the couplings that explain it', () => {
  test('damu/2021 is 116592061 − 116591810 = 251 with σ = √(41² + 43²) ≈ 59, i.e. 4.2σ', () => {
    expectClose(quotedValue('damu/2021/value').value, 251e-11, { rel: 1e-9 });
    expectClose(quotedValue('damu/2021/sigma').value, Math.hypot(41, 43) * 1e-11, { rel: 1e-9 });
    expect(formatValue('damu/2021/value-1e-11')).toBe('251');
    expect(formatValue('damu/2021/sigma-1e-11')).toBe('59');
    expect(formatValue('damu/2021/significance')).toBe('4.2σ');
  });

  test('damu/2023-paper is the paper’s (245 ± 48) × 10⁻¹¹', () => {
    expect(formatValue('damu/2023-paper/value-1e-11')).toBe('245');
    expect(formatValue('damu/2023-paper/sigma-1e-11')).toBe('48');
    expectClose(quotedValue('damu/2023-paper/value').value, 245e-11, { rel: 1e-12 });
  });

  test.each(BAND_MASSES_MEV.map((m) => [m]))('gband/2023-paper at %s MeV: g = √(Δa_μ / (eq. 6 per g²)), Δa_μ = (245 ∓ 48, 245, 245 ± 48)e-11', (mass) => {
    const per = deltaAmuPerG2(mass);
    for (const [end, target] of [
      ['lower', 197e-11],
      ['central', 245e-11],
      ['upper', 293e-11],
    ] as const) {
      expectClose(quotedValue(`gband/2023-paper/1sigma/${mass}/${end}`).value, Math.sqrt(target / per), { rel: 1e-7 }, `${mass} MeV ${end}`);
    }
    expectClose(quotedValue(`gband/2023-paper/2sigma/${mass}/lower`).value, Math.sqrt(149e-11 / per), { rel: 1e-7 });
  });

  test('the paper’s (4–6) × 10⁻⁴ holds at 10–20 MeV, while 300 MeV needs g ≈ 2 × 10⁻³', () => {
    for (const mass of [10, 20]) {
      expect(quotedValue(`gband/2023-paper/1sigma/${mass}/lower`).value).toBeGreaterThan(4e-4);
      expect(quotedValue(`gband/2023-paper/1sigma/${mass}/upper`).value).toBeLessThan(6.3e-4);
    }
    expect(Number(quotedValue('gband/2023-paper/1sigma/300/central').value.toPrecision(1))).toBe(2e-3);
  });

  // Next terms: relative −π m_Z′/m_μ ≈ −3e-5 (light, 1 keV) and ≈ −3(2 ln s − 25/12)/s² ≈ −4e-5 (heavy, s ≈ 946).
  test('eq. (6) limits: 1/8π² for a light Z′, m_μ²/(12π² m_Z′²) for a heavy one', () => {
    expectClose(deltaAmuPerG2(1e-3), quotedValue('damu-per-g2/light').value, { rel: 1e-4 });
    expectClose(deltaAmuPerG2(1e5), (quotedValue('damu-per-g2/heavy-coefficient').value * M_MU ** 2) / 1e10, { rel: 2e-4 });
  });

  test('a band whose lower edge falls below zero starts at g = 0', () => {
    const set = gMinus2.sets.find((s) => s.id === '2025')!;
    const delta = set.experiment!.value - set.theory!.value;
    expect(delta).toBeLessThan(Math.hypot(set.experiment!.sigma, set.theory!.sigma));
    expect(quotedValue('gband/2025/1sigma/10/lower').value).toBe(0);
  });
});

/** P(q²) = ∫₀¹ x(1−x) ln[(m_τ² − x(1−x)q²)/(m_μ² − x(1−x)q²)] dx by Simpson's rule; P(0) = ln(m_τ²/m_μ²)/6. */
function loopP(q2: number, n = 20000): number {
  const f = (x: number) => x * (1 - x) * Math.log((M_TAU ** 2 - x * (1 - x) * q2) / (M_MU ** 2 - x * (1 - x) * q2));
  let sum = f(0) + f(1);
  for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * f(i / n);
  return sum / (3 * n);
}

describe('values: the running of ε and the charge a massive Z′ shows', () => {
  test.each([[1], [10], [100], [1000]])('epsilon-ratio/%s is P(−|q|²)/P(0) of eq. (4)', (q) => {
    expectClose(quotedValue(`epsilon-ratio/${q}`).value, loopP(-q * q) / (LOG / 6), { rel: 1e-8 });
  });

  test('near q² = 0 the running is 1 + q²(1/m_μ² − 1/m_τ²)/(5 ln(m_τ²/m_μ²)): −0.0035 % at |q| = 1 MeV', () => {
    const slope = (1 / M_MU ** 2 - 1 / M_TAU ** 2) / (5 * LOG);
    expectClose(1 - quotedValue('epsilon-ratio/1').value, slope, { rel: 1e-3 });
  });

  // ln(1 + u) ≤ u bounds P(−Q²) by (m_τ² − m_μ²)/Q², which it approaches as Q grows.
  test('for |q|² ≫ m_τ² the mixing falls like (m_τ² − m_μ²)/|q|², from below', () => {
    const ratio = quotedValue('epsilon-ratio/10000').value;
    const leading = (M_TAU ** 2 - M_MU ** 2) / 1e8 / (LOG / 6);
    expect(ratio).toBeLessThan(leading);
    expect(ratio).toBeGreaterThan(0.8 * leading);
    expectClose(ratio, loopP(-1e8) / (LOG / 6), { rel: 1e-6 });
  });

  test('charge-factor/xenon-electron-recoil/10 is Q²/(Q² + m_Z′²) at the largest xenon |q|', () => {
    const q = quotedValue('momentum/xenon-electron-recoil/max').value;
    expectClose(quotedValue('charge-factor/xenon-electron-recoil/10').value, q ** 2 / (q ** 2 + 100), { rel: 1e-12 });
    // (0.38 MeV)²/(10 MeV)² ≈ 1.4 × 10⁻³: a xenon detector sees a 10 MeV Z′'s charge suppressed ~700-fold.
    expect(quotedValue('charge-factor/xenon-electron-recoil/10').value).toBeLessThan(2e-3);
  });
});

describe('values: the joint μ–τ reading of the solar-neutrino limits', () => {
  const [pee, s23] = [solar.survivalProbabilityEe.value, solar.sin2Theta23.value];

  test('oscillation/* are the data file’s P_ee and sin²θ23, and P_eμ = (1 − P_ee) cos²θ23, P_eτ = (1 − P_ee) sin²θ23', () => {
    expect(quotedValue('oscillation/p-ee').value).toBe(pee);
    expect(quotedValue('oscillation/sin2-theta23').value).toBe(s23);
    expectClose(quotedValue('oscillation/p-emu').value, (1 - pee) * (1 - s23), { rel: 1e-14 });
    expectClose(quotedValue('oscillation/p-etau').value, (1 - pee) * s23, { rel: 1e-14 });
    // 0.43 × 0.455 = 0.196 and 0.43 × 0.545 = 0.234 with P_ee = 0.57, sin²θ23 = 0.545.
    expect([formatValue('oscillation/p-emu'), formatValue('oscillation/p-etau')]).toEqual(['0.20', '0.23']);
  });

  test.each(solar.limitIds)('joint/%s: factor (sin²θ23)^¼ for ν_τ, (cos²θ23)^¼ for ν_μ, times the symmetric g_max', (id) => {
    const limit = limitsData.limits.find((l) => l.id === id)!;
    const single = gFromCharge(Math.max(-limit.interval.lower, limit.interval.upper));
    for (const flavor of limit.flavors) {
      const factor = (flavor === 'tau' ? s23 : 1 - s23) ** 0.25;
      expectClose(quotedValue(`joint/${id}/${flavor}/factor`).value, factor, { rel: 1e-14 });
      expectClose(quotedValue(`joint/${id}/${flavor}/gmax`).value, single * factor, { rel: 1e-12 });
    }
    // The short keys exist exactly when one flavour is covered (ν_μ and ν_τ differ unless sin²θ23 = ½).
    expect(Object.hasOwn(values, `joint/${id}/factor`)).toBe(limit.flavors.length === 1);
    expect(Object.hasOwn(values, `joint/${id}/gmax`)).toBe(limit.flavors.length === 1);
  });

  test('joint/lz-tau prints 0.545^¼ = 0.859 and 2.42 × 10⁻⁶ × 0.859 = 2.08 × 10⁻⁶', () => {
    expect(formatValue('joint/lz-tau/factor')).toBe('0.859');
    expect(formatValue('joint/lz-tau/gmax')).toBe('2.08 × 10⁻⁶');
  });

  test('no joint key for a limit that is not a solar-neutrino one', () => {
    expect(Object.keys(values).filter((k) => k.startsWith('joint/gemma'))).toEqual([]);
  });
});

describe('values: where the momentum-dependent bound stops excluding the g−2 band (band-exit/…)', () => {
  const paper = gMinus2.sets.find((s) => s.id === gMinus2.paperSetId)!.statedDifference!;
  /** Lower edge of the paper's 1σ band at m (MeV), from the Simpson evaluation of eq. (6). */
  const lower = (m: number) => Math.sqrt(((paper.value - paper.sigma) * 1e-11) / deltaAmuPerG2(m));
  /** Bisection in ln m for g⁽⁸⁾ √(1 + m²/q²) = lower(m) between 0.1 and 1000 MeV (one crossing there). */
  function exitMass(g8: number, q: number): number {
    let [a, b] = [Math.log(0.1), Math.log(1000)];
    for (let i = 0; i < 60; i++) {
      const mid = 0.5 * (a + b);
      const m = Math.exp(mid);
      if (g8 * Math.hypot(1, m / q) <= lower(m)) a = mid;
      else b = mid;
    }
    return Math.exp(0.5 * (a + b));
  }

  test.each([
    ['lz-tau', 2.8e-13, 'at-qmin', 0.03, '5.2 MeV'],
    ['lz-tau', 2.8e-13, 'at-qmax', 0.38, '194 MeV'],
    ['xenonnt-tau', 7.9e-13, 'at-qmax', 0.38, '64 MeV'],
  ] as const)('band-exit/%s (|q_ν| ≤ %d e)/%s: g⁽⁸⁾ meets the band’s lower edge at |q| = %d MeV at %s', (id, charge, end, q, printed) => {
    expect(quotedValue(`momentum/xenon-electron-recoil/${end === 'at-qmax' ? 'max' : 'min'}`).value).toBe(q);
    expectClose(quotedValue(`band-exit/${id}/${end}`).value, exitMass(gFromCharge(charge), q), { rel: 1e-7 });
    expect(formatValue(`band-exit/${id}/${end}`)).toBe(printed);
  });

  test('a limit whose bound already misses part of the band at the lowest mass has no key: COHERENT, FLArE', () => {
    for (const id of ['coherent-2021-mu', 'flare-fasernu2-mu', 'flare-fasernu2-tau']) {
      for (const end of ['at-qmax', 'at-qmin'] as const) {
        expect(bandExitFor(id, end)).toEqual({ kind: 'not-at-lowest-mass' });
        expect(Object.hasOwn(values, `band-exit/${id}/${end}`)).toBe(false);
      }
    }
  });

  test('every limit with a |q| range has a key exactly where bandExitFor finds an exit; bandExitFor refuses a static limit', () => {
    for (const entry of momentum.entries.filter((e) => e.momentumTransferMeV)) {
      for (const id of entry.limitIds) {
        for (const end of ['at-qmax', 'at-qmin'] as const) {
          expect(Object.hasOwn(values, `band-exit/${id}/${end}`), `${id} ${end}`).toBe(bandExitFor(id, end).kind === 'up-to');
        }
      }
    }
    expect(() => bandExitFor('beam-dump-tau', 'at-qmax')).toThrow(/^limit 'beam-dump-tau' has no momentum-transfer range/);
  });

  test('every limit with a |q| range has its validity keys', () => {
    for (const entry of momentum.entries.filter((e) => e.momentumTransferMeV)) {
      for (const id of entry.limitIds) {
        for (const key of ['10/best', '10/worst', '20/best', '20/worst'])
          expect(Object.hasOwn(values, `validity/${id}/${key}`), `validity/${id}/${key}`).toBe(true);
      }
    }
  });
});

describe('values: published full Z′-exchange analyses (zexchange/…)', () => {
  // Amaral, Cerdeño, Foldenauer, Reid, arXiv:2006.11225, abstract: Borexino already excludes part of the (g−2)_μ
  // region below 2 × 10⁻² GeV; LZ would reach 5 × 10⁻² GeV, DARWIN beyond 10⁻¹ GeV.
  test.each([
    ['amaral-borexino', 2e-2 * 1000, '20 MeV'],
    ['amaral-lz-projection', 5e-2 * 1000, '50 MeV'],
    ['amaral-darwin-projection', 1e-1 * 1000, '100 MeV'],
  ] as const)('zexchange/%s/mass is %d MeV, printed "%s"', (id, mev, printed) => {
    const quoted = quotedValue(`zexchange/${id}/mass`);
    expectClose(quoted.value, mev, { rel: 1e-12 });
    expect(quoted.unit).toBe('MeV');
    expect(quoted.source).toMatch(/arXiv:2006\.11225/);
    expect(formatValue(`zexchange/${id}/mass`)).toBe(printed);
  });
});

describe('values: registry behaviour', () => {
  test('the Hubble region edges are the data file’s, in MeV and in eV', () => {
    const region = hubble.regions.find((r) => r.id === 'freeze-in')!;
    expect(quotedValue('hubble/freeze-in/coupling-min').value).toBe(region.coupling.min);
    expect(quotedValue('hubble/freeze-in/coupling-max').value).toBe(region.coupling.max);
    expect(formatValue('hubble/freeze-in/mass-min-ev')).toBe('1 eV');
    expect(formatValue('hubble/freeze-in/mass-max')).toBe('1 MeV');
    expect(formatValue('hubble/freeze-in/coupling-min')).toBe('10⁻¹³');
  });

  test('every entry is finite and names its source', () => {
    for (const key of Object.keys(values)) {
      const { value, source } = quotedValue(key);
      expect(Number.isFinite(value), key).toBe(true);
      expect(source.length, key).toBeGreaterThan(5);
    }
  });

  test('quotedValue of an unknown key throws a RangeError that lists the valid keys', () => {
    expect(() => quotedValue('gmax/nope')).toThrow(RangeError);
    expect(() => quotedValue('gmax/nope')).toThrow(/Unknown value key 'gmax\/nope'[\s\S]*gmax\/lz-tau\/symmetric/);
    expect(() => quotedValue('toString')).toThrow(/Unknown value key/);
  });

  test('a computed value that rounds to 1.0 × 10ⁿ keeps its mantissa; an exact power of ten does not', () => {
    const g = quotedValue('gband/2023-paper/1sigma/100/upper').value;
    expect(Number(g.toPrecision(2))).toBe(1e-3);
    expect(formatValue('gband/2023-paper/1sigma/100/upper')).toBe('1.0 × 10⁻³');
    expect(formatValue('hubble/freeze-in/coupling-max')).toBe('10⁻⁹');
    expect(formatValue('limit/beam-dump-tau/lower')).toBe('−10⁻²¹ e');
  });

  test('formatValue(key, digits) overrides the default significant figures', () => {
    expect(formatValue('gmax/coherent-2021-mu/symmetric', 2)).toBe('1.3 × 10⁻³');
  });
});
