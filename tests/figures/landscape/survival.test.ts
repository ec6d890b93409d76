// The landscape's survival windows (src/figures/landscape/survival.ts): hand-made cases with answers
// worked out on paper, and physics checks against eq. (6)'s limits and the BaBar and CCFR curves.
import { describe, expect, it } from 'vitest';
import { survivalSentence, survivalWindows, type MassWindow } from '../../../src/figures/landscape/survival';
import { zprimeLimitById } from '../../../src/data/zprime-limits';
import { deltaAmuOf } from '../../../src/data/index';
import { couplingBandForDeltaAmu, MUON_MASS_MEV } from '../../../src/physics/index';
import { expectClose } from '../../helpers/expect-close';

const RANGE = { from: 1e-3, to: 1e4 };
const flat = (id: string, g: number, from: number, to: number) => ({ id, segments: [[[from, g] as const, [to, g] as const]] });
const contains = (windows: readonly MassWindow[], m: number) => windows.some((w) => w.from <= m && m <= w.to);

describe('survivalWindows on hand-made curves', () => {
  it('with no limit the band survives over the whole range', () => {
    expect(survivalWindows({ lowerEdge: () => 1, limits: [], range: RANGE })).toEqual([RANGE]);
  });

  it('a lower edge 0.1·m under a flat limit g = 1 on 1–100 MeV survives below 10 MeV and above the limit’s end', () => {
    // 0.1·m = 1 at m = 10 MeV; from 10 to 100 MeV the edge is above the limit; past 100 MeV no limit.
    const w = survivalWindows({ lowerEdge: (m) => 0.1 * m, limits: [flat('a', 1, 1, 100)], range: RANGE });
    expect(w).toHaveLength(2);
    expect(w[0]!.from).toBe(1e-3);
    expectClose(w[0]!.to, 10, { rel: 1e-8 });
    expectClose(w[1]!.from, 100, { rel: 1e-8 });
    expect(w[1]!.to).toBe(1e4);
  });

  it('the lowest of two limits decides', () => {
    // 0.1·m = 0.5 at m = 5 MeV (limit b), not 10 MeV (limit a).
    const w = survivalWindows({ lowerEdge: (m) => 0.1 * m, limits: [flat('a', 1, 1, 1000), flat('b', 0.5, 1, 1000)], range: RANGE });
    expectClose(w[0]!.to, 5, { rel: 1e-8 });
    expectClose(w[1]!.from, 1000, { rel: 1e-8 });
  });

  it('a limit that dips below a flat edge and rises again cuts a window out, read as straight lines on log–log axes', () => {
    // Limit 1 → 0.01 → 1 at m = 1, 10, 100 MeV: log g = −2 log m, then −2 + 2(log m − 1). Edge g = 0.05:
    // crossings at log m = log(20)/2 (m = √20) and 1 + (2 − log 20)/2 (m = √500).
    const limit = { id: 'dip', segments: [[[1, 1] as const, [10, 0.01] as const, [100, 1] as const]] };
    const w = survivalWindows({ lowerEdge: () => 0.05, limits: [limit], range: RANGE });
    expect(w).toHaveLength(2);
    expectClose(w[0]!.to, Math.sqrt(20), { rel: 1e-8 });
    expectClose(w[1]!.from, Math.sqrt(500), { rel: 1e-8 });
  });

  it('an edge above every limit everywhere gives no window', () => {
    expect(survivalWindows({ lowerEdge: () => 10, limits: [flat('a', 1, 1e-3, 1e4)], range: RANGE })).toEqual([]);
  });

  it('rejects a bad range', () => {
    expect(() => survivalWindows({ lowerEdge: () => 1, limits: [], range: { from: 10, to: 1 } })).toThrow(/range must be 0 < from < to/);
  });
});

describe('survivalWindows with eq. (6)', () => {
  const set = deltaAmuOf('2023-paper');
  const low = set.value - set.sigma;
  const lowerEdge = (m: number) => couplingBandForDeltaAmu(set, 1, m).lower;
  // Light-Z′ limit of eq. (6): Δa_μ → g²/8π², so the edge → √(8π²(Δa_μ − σ)) as m_Z′ → 0.
  const light = Math.sqrt(8 * Math.PI ** 2 * low);

  it('the lower edge at 1 keV is the light-Z′ value √(8π²(Δa_μ − σ)) (first correction πs/2 ≈ 1.5e-5)', () => {
    expectClose(lowerEdge(1e-3), light, { rel: 1e-4 });
  });

  it('a flat limit 1% below the light-Z′ edge excludes the band wherever it reaches', () => {
    const w = survivalWindows({ lowerEdge, limits: [flat('x', 0.99 * light, 1e-3, 1e-2)], range: RANGE });
    expect(w).toHaveLength(1);
    expectClose(w[0]!.from, 1e-2, { rel: 1e-8 });
  });

  it('a flat limit 0.1% above it leaves the band alone below 10 keV (the edge rises by only πs/2 ≈ 1.5e-4 there)', () => {
    expect(survivalWindows({ lowerEdge, limits: [flat('x', 1.001 * light, 1e-3, 1e-2)], range: RANGE })).toEqual([RANGE]);
  });

  it('BaBar’s minimum (6.74e-4 at 226.6 MeV, arXiv:1606.03501: "as low as 7 × 10⁻⁴") excludes the 2023-paper band there', () => {
    // F(s) ≤ 1/(3s²) in eq. (6) (denominator ≥ s²(1 − x)), so the edge is ≥ √(12π²(Δa_μ − σ))·m/m_μ
    // = 4.83e-4 × 2.145 = 1.04e-3 at 226.6 MeV, above BaBar's 6.74e-4.
    const babar = zprimeLimitById('babar-4mu-2016');
    const m = 226.62;
    expect(Math.sqrt(12 * Math.PI ** 2 * low) * (m / MUON_MASS_MEV)).toBeGreaterThan(1e-3);
    const w = survivalWindows({ lowerEdge, limits: [babar], range: RANGE });
    expect(contains(w, m)).toBe(false);
    // Below BaBar's first mass (213.71 MeV, the dimuon threshold) nothing is drawn: the band survives.
    expect(contains(w, 200)).toBe(true);
  });

  it('CCFR (7.2e-4 at 1 MeV, arXiv:1406.2332) leaves the band alive at 1 MeV', () => {
    // F(s) ≥ ½ − πs/2 for small s (the next term, −s²(2 ln s + ½), is positive), so at s = 1/105.66
    // the edge is ≤ √(4π²(Δa_μ − σ)/0.4851) = 4.00e-4 < 7.2e-4.
    const ccfr = zprimeLimitById('ccfr-trident-2014');
    expect(Math.sqrt((4 * Math.PI ** 2 * low) / (0.5 - Math.PI / (2 * MUON_MASS_MEV)))).toBeLessThan(4.01e-4);
    expect(contains(survivalWindows({ lowerEdge, limits: [ccfr], range: RANGE }), 1)).toBe(true);
  });
});

describe('survivalSentence', () => {
  it('states one window with four figures', () => {
    // A window from the chart's edge is named by its end alone (3 figures), with why its light end is open.
    expect(survivalSentence('2023-paper', 1, [{ from: 1e-3, to: 213.71 }], false, { chartMin: 1e-3, coveredFrom: 1 })).toBe(
      'With set 2023-paper at 1σ, part of the band escapes the drawn limits up to about 214 MeV; no drawn limit reaches below 1 MeV, ' +
        'and the light-mass limits not drawn here (listed below the chart) close that end.',
    );
  });
  it('names a window away from the edge by both ends', () => {
    expect(survivalSentence('x', 1, [{ from: 5, to: 50 }], false, { chartMin: 1e-3, coveredFrom: 1 })).toBe(
      'With set x at 1σ, part of the band escapes the drawn limits between 5 and 50 MeV.',
    );
  });
  it('says nowhere when there is no window', () => {
    expect(survivalSentence('2021', 2, [], false, { chartMin: 1e-3, coveredFrom: 1 })).toMatch(/^With set 2021 at 2σ the drawn limits exclude the whole band/);
  });
  it('says there is no band for a ceiling', () => {
    expect(survivalSentence('2025', 1, [], true, { chartMin: 1e-3, coveredFrom: 1 })).toMatch(/no band, only a ceiling/);
  });
  it('lists the three widest windows and counts the rest', () => {
    const windows = [
      { from: 1e-3, to: 215 },
      { from: 215.4, to: 216.8 },
      { from: 217.6, to: 217.9 },
      { from: 250.2, to: 251.7 },
      { from: 267.3, to: 267.9 },
    ];
    expect(survivalSentence('2023', 2, windows, false, { chartMin: 1e-3, coveredFrom: 1 })).toBe(
      'With set 2023 at 2σ, part of the band escapes the drawn limits up to about 215 MeV, between 215.4 and 216.8 MeV and between 250.2 and 251.7 MeV, ' +
        "and in 2 narrower windows between 217.6 and 267.9 MeV where a limit's curve fluctuates; no drawn limit reaches below 1 MeV, " +
        'and the light-mass limits not drawn here (listed below the chart) close that end.',
    );
  });
});
