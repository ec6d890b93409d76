/**
 * The g−2 explorer's readout in words: at the chosen Z′ mass, the coupling that explains Δa_μ
 * (eq. 6) and how it compares with each shown millicharge bound, read two ways: as the paper does,
 * eq. (8) at q² = 0, and with the Z′ propagator at the smallest and largest momentum transfer |q| of
 * the measurement, where g_max rises by √(1 + m_Z′²/|q|²) (boundRelaxation, src/physics/validity.ts).
 * Pure; shown in an aria-live region.
 */
import { boundRelaxation, spacelikeQ2, type CouplingBand } from '../../physics/index';
import { bandAt } from '../shared/gm2-band';
import { formatAnomaly, formatMass, formatShort, formatSci } from '../shared/format';
import { shortLabel, shownBounds, valueSetOf, type CeilingLimit, type Gm2Data } from './model';
import { isDisputed } from '../shared/limit-standing';
import { STATIC_TEXT, UNKNOWN_TEXT } from '../bound-table/readings';
import type { Gm2State } from './state';

/** How a bound compares with the g−2 couplings at the marker. */
export type Verdict = 'excluded' | 'partly excluded' | 'allowed' | 'stronger cap' | 'weaker cap';

/** A coupling bound compared with the g−2 couplings at the marker. */
export interface BoundReading {
  /** The bound on g (dimensionless). */
  gMax: number;
  /** g_needed / g_max (central coupling, or the g−2 ceiling when the set only caps g). */
  ratio: number;
  verdict: Verdict;
}

/** A bound read with the Z′ propagator at one momentum transfer. */
export interface PropagatorReading extends BoundReading {
  /** The momentum transfer |q|, MeV. */
  q: number;
}

/** The reading with the Z′ propagator at the marker's mass. */
export type MomentumComparison =
  /** At the largest and the smallest |q| of the measurement (the same reading twice when they are equal). */
  | { kind: 'range'; atQMax: PropagatorReading; atQMin: PropagatorReading }
  /** A bound on the charge at q² → 0, which a massive Z′ does not induce: no bound on g. */
  | { kind: 'static' }
  /** No momentum transfer recorded (a reader's limit, or a data limit without an entry). */
  | { kind: 'unknown'; hypothetical: boolean };

/** One line of the readout per shown bound: the paper's reading (eq. 8 at q² = 0) and the one with the Z′ propagator. */
export interface BoundComparison extends BoundReading {
  id: string;
  label: string;
  momentum: MomentumComparison;
  text: string;
}

/** The readout at the marker. */
export interface Gm2Readout {
  summary: string;
  band: CouplingBand;
  comparisons: BoundComparison[];
}

/** A ratio in words: '130 times' or '1.2 × 10⁵ times'. */
function times(ratio: number): string {
  return `${formatSci(ratio, 2)} times`;
}

/** How a bound g_max compares with the band (or the g−2 ceiling) at the marker. */
function readBound(gMax: number, band: CouplingBand): BoundReading {
  if (band.isCeiling) {
    const ratio = band.upper / gMax;
    return { gMax, ratio, verdict: ratio > 1 ? 'stronger cap' : 'weaker cap' };
  }
  const verdict: Verdict = band.lower > gMax ? 'excluded' : band.upper > gMax ? 'partly excluded' : 'allowed';
  return { gMax, ratio: band.central / gMax, verdict };
}

/**
 * The reading with the Z′ propagator: a measurement at momentum transfer |q| bounds g, for a Z′ of
 * mass m, by g_max · √(1 + m²/|q|²) (boundRelaxation), compared with the band at the marker.
 */
function readWithPropagator(limit: CeilingLimit, gMax: number, m: number, band: CouplingBand): MomentumComparison {
  const momentum = limit.momentumMeV;
  if (momentum === 'static') return { kind: 'static' };
  if (!momentum) return { kind: 'unknown', hypothetical: limit.kind === 'hypothetical' };
  const at = (q: number): PropagatorReading => ({ q, ...readBound(gMax * boundRelaxation(spacelikeQ2(q), m), band) });
  return { kind: 'range', atQMax: at(momentum.max), atQMin: at(momentum.min) };
}

/** Each verdict in words. */
const OUTCOME: Readonly<Record<Verdict, string>> = {
  excluded: 'whole band excluded',
  'partly excluded': 'band partly excluded',
  allowed: 'allowed',
  'stronger cap': 'the stronger cap',
  'weaker cap': 'the weaker cap',
};

/** A verdict in words; a disputed number excludes nothing by the site's reading, so say what it would do. */
function outcome(verdict: Verdict, limit: CeilingLimit): string {
  const claims = verdict === 'excluded' || verdict === 'partly excluded' || verdict === 'stronger cap';
  return isDisputed(limit) && claims ? `${OUTCOME[verdict]} only if this disputed number held` : OUTCOME[verdict];
}

/**
 * The reading with the Z′ propagator in words, largest |q| first: 'whole band excluded at |q| =
 * 0.38 MeV (g ≤ 1.61 × 10⁻⁴) but allowed at 0.03 MeV (g ≤ 2.04 × 10⁻³)'; or why there is none.
 */
function momentumWords(momentum: MomentumComparison, limit: CeilingLimit): string {
  if (momentum.kind === 'static') return `no bound (${STATIC_TEXT})`;
  if (momentum.kind === 'unknown') return momentum.hypothetical ? UNKNOWN_TEXT.hypothetical : UNKNOWN_TEXT.data;
  const { atQMax: high, atQMin: low } = momentum;
  const where = (r: PropagatorReading) => `${formatShort(r.q)} MeV (g ≤ ${formatSci(r.gMax)})`;
  const first = `${outcome(high.verdict, limit)} at |q| = ${where(high)}`;
  if (high.q === low.q) return first;
  return high.verdict === low.verdict ? `${first} and at ${where(low)}` : `${first} but ${outcome(low.verdict, limit)} at ${where(low)}`;
}

/** The paper's reading in words: the bound at q² = 0, how far the needed g (or the g−2 ceiling) sits from it, the verdict. */
function zeroWords(reading: BoundReading, ceiling: boolean, limit: CeilingLimit): string {
  const { gMax, ratio, verdict } = reading;
  const bound = `at q² = 0, g ≤ ${formatSci(gMax)}`;
  if (ceiling) return `${bound}, ${ratio > 1 ? `${times(ratio)} below` : `${times(1 / ratio)} above`} the g−2 ceiling: ${outcome(verdict, limit)}`;
  return `${bound} and the needed g is ${ratio >= 1 ? `${times(ratio)} above` : `${times(1 / ratio)} below`} it: ${outcome(verdict, limit)}`;
}

/**
 * The readout for a valid state.
 * @returns the summary sentence, the band at the marker and one comparison per bound (strongest
 *   at q² = 0 first), each read at q² = 0 and with the Z′ propagator
 */
export function gm2Readout(state: Gm2State, data: Gm2Data): Gm2Readout {
  const set = valueSetOf(state, data);
  const band = bandAt(set, state.sigma, state.m);
  const mass = `m_Z′ = ${formatMass(state.m)} MeV`;
  const name = set.label.replace(/:\s*\(.*\)e-11$/, '');
  const summary = band.isCeiling
    ? `At ${mass}, ${name}: Δa_μ = ${formatAnomaly(set)} is consistent with zero at ${state.sigma}σ, ` +
      `so (g − 2)_μ no longer asks for a Z′; it only caps the coupling at g ≤ ${formatSci(band.upper)} (${state.sigma}σ ceiling).`
    : `At ${mass}, ${name}: Δa_μ = ${formatAnomaly(set)} needs g = ${formatSci(band.central)} ` +
      `(${state.sigma}σ band ${formatSci(band.lower)} to ${formatSci(band.upper)}).`;
  const comparisons = shownBounds(data.limits, state.flavor, state.treatment).map(({ limit, gMax }): BoundComparison => {
    const label = shortLabel(limit);
    const reading = readBound(gMax, band);
    const momentum = readWithPropagator(limit, gMax, state.m, band);
    const text = `${label}: ${zeroWords(reading, band.isCeiling, limit)}; with the Z′ propagator, ${momentumWords(momentum, limit)}.`;
    return { id: limit.id, label, ...reading, momentum, text };
  });
  return { summary, band, comparisons };
}
