/**
 * The g−2 explorer's readout in words: at the chosen Z′ mass, the coupling that explains Δa_μ
 * (eq. 6) and how it compares with each shown millicharge bound. Pure; shown in an aria-live region.
 */
import type { AnomalyMeasurement, CouplingBand } from '../physics/index';
import { bandAtMass } from './gm2-bands';
import { formatSci } from './format';
import { formatAnomaly, shortLabel, shownBounds, valueSetOf, type Gm2Data } from './gm2-explorer-data';
import { isDisputed } from './limit-standing';
import type { Gm2State } from './gm2-explorer-state';

/** The coupling band at one mass (MeV) for a value set and σ. */
export function neededAt(m: number, measurement: AnomalyMeasurement, nSigma: number): CouplingBand {
  return bandAtMass(measurement, nSigma, m);
}

/** How a bound compares with the g−2 couplings at the marker. */
export type Verdict = 'excluded' | 'partly excluded' | 'allowed' | 'stronger cap' | 'weaker cap';

/** One line of the readout per shown bound. */
export interface BoundComparison {
  id: string;
  label: string;
  gMax: number;
  /** g_needed / g_max (central coupling, or the g−2 ceiling when the set only caps g). */
  ratio: number;
  verdict: Verdict;
  text: string;
}

/** The readout at the marker. */
export interface Gm2Readout {
  summary: string;
  band: CouplingBand;
  comparisons: BoundComparison[];
}

/** A mass in MeV: plain with up to 3 significant figures between 0.01 and 10⁴, else scientific. */
export function formatMass(m: number): string {
  return m >= 0.01 && m < 1e4 ? String(Number(m.toPrecision(3))) : formatSci(m, 3);
}

/** A ratio in words: '130 times' or '1.2 × 10⁵ times'. */
function times(ratio: number): string {
  return `${formatSci(ratio, 2)} times`;
}

/**
 * The readout for a valid state.
 * @returns the summary sentence, the band at the marker and one comparison per bound (strongest first)
 */
export function gm2Readout(state: Gm2State, data: Gm2Data): Gm2Readout {
  const set = valueSetOf(state, data);
  const band = neededAt(state.m, set, state.sigma);
  const mass = `m_Z′ = ${formatMass(state.m)} MeV`;
  const name = set.label.replace(/:\s*\(.*\)e-11$/, '');
  const summary = band.isCeiling
    ? `At ${mass}, ${name}: Δa_μ = ${formatAnomaly(set)} is consistent with zero at ${state.sigma}σ, ` +
      `so (g − 2)_μ no longer asks for a Z′; it only caps the coupling at g ≤ ${formatSci(band.upper)} (${state.sigma}σ ceiling).`
    : `At ${mass}, ${name}: Δa_μ = ${formatAnomaly(set)} needs g = ${formatSci(band.central)} ` +
      `(${state.sigma}σ band ${formatSci(band.lower)} to ${formatSci(band.upper)}).`;
  const comparisons = shownBounds(data.limits, state.flavor, state.treatment).map(({ limit, gMax }): BoundComparison => {
    const label = shortLabel(limit);
    if (band.isCeiling) {
      const ratio = band.upper / gMax;
      const verdict: Verdict = ratio > 1 ? 'stronger cap' : 'weaker cap';
      const text =
        ratio > 1
          ? `${label}: g ≤ ${formatSci(gMax)}, ${times(ratio)} below the g−2 ceiling: the stronger cap.`
          : `${label}: g ≤ ${formatSci(gMax)}, ${times(1 / ratio)} above the g−2 ceiling: the weaker cap.`;
      return { id: limit.id, label, gMax, ratio, verdict, text };
    }
    const ratio = band.central / gMax;
    const verdict: Verdict = band.lower > gMax ? 'excluded' : band.upper > gMax ? 'partly excluded' : 'allowed';
    const comparison = ratio >= 1 ? `needed g is ${times(ratio)} above the bound` : `needed g is ${times(1 / ratio)} below the bound`;
    const words = verdict === 'excluded' ? 'whole band excluded' : verdict === 'partly excluded' ? 'band partly excluded' : 'allowed';
    // A disputed number excludes nothing by the site's reading: say what it would do.
    const outcome = isDisputed(limit) && verdict !== 'allowed' ? `${words} only if this disputed number held` : words;
    const text = `${label}: g ≤ ${formatSci(gMax)}; ${comparison}: ${outcome}.`;
    return { id: limit.id, label, gMax, ratio, verdict, text };
  });
  return { summary, band, comparisons };
}
