/**
 * The bound table's two readings of a limit against a coupling band (the g−2 band or a Hubble
 * region): the paper's, eq. (8) at q² = 0, where g_max is the same at every Z′ mass; and the
 * momentum-dependent one, where an experiment at momentum transfer |q| bounds g only by
 * g_max · √(1 + m_Z′²/|q|²) (src/physics/band-exclusion.ts), compared with the band mass by mass at
 * the smallest and the largest |q| of the measurement. Results first, then their words. Pure.
 */
import { bandExclusion, constantBandExclusion, type BandEdges, type BandExclusion, type MassRange } from '../../physics/index';
import { formatShort, formatSci } from '../shared/format';
import type { LimitInput } from '../fig2/limits-view';

/** The momentum-dependent reading of one limit against one band. */
export type MomentumReading =
  | { kind: 'range'; qMin: number; qMax: number; atQMin: BandExclusion; atQMax: BandExclusion }
  /** A bound on the charge at q² → 0, which a massive Z′ does not induce. */
  | { kind: 'static' }
  /** No momentum transfer recorded (a reader's limit, or a limit without an entry). */
  | { kind: 'unknown'; hypothetical: boolean };

/** Both readings of one limit against one band over a range of Z′ masses. */
export interface BandReadings {
  /** The Z′ masses compared, MeV. */
  masses: MassRange;
  /** The paper's reading: eq. (8) at q² = 0, the same g_max at every mass. */
  atZero: BandExclusion;
  momentum: MomentumReading;
}

/**
 * Both readings of a bound against a band over a mass range.
 * @param gmax g_max from eq. (8) under the view's treatment
 * @param limit the limit (its momentumMeV and whether it is hypothetical)
 * @param edges the band's couplings at a mass, or fixed couplings (a Hubble region: closed form)
 * @param masses the Z′ masses compared, MeV
 */
export function bandReadings(
  gmax: number,
  limit: Pick<LimitInput, 'momentumMeV' | 'hypothetical'>,
  edges: BandEdges | { lower: number; upper: number },
  masses: MassRange,
): BandReadings {
  const exclusion = (q: number | null) => (typeof edges === 'function' ? bandExclusion(gmax, q, edges, masses) : constantBandExclusion(gmax, q, edges, masses));
  const q = limit.momentumMeV;
  const momentum: MomentumReading =
    q === 'static'
      ? { kind: 'static' }
      : !q
        ? { kind: 'unknown', hypothetical: limit.hypothetical }
        : { kind: 'range', qMin: q.min, qMax: q.max, atQMin: exclusion(q.min), atQMax: exclusion(q.max) };
  return { masses, atZero: exclusion(null), momentum };
}

/** What a static bound means for a massive Z′, and why a reader's limit has no second reading. */
export const STATIC_TEXT = 'static bound: no charge at q² → 0 for a massive Z′';
export const UNKNOWN_TEXT = { hypothetical: 'not evaluated: your limit has no |q|', data: 'not evaluated: no |q| recorded' } as const;

/** How the whole-band exclusion at one |q| sits in the mass range. */
type Shape = { kind: 'all' | 'none' | 'partly' } | { kind: 'below' | 'above'; mass: number } | { kind: 'within'; intervals: { from: number; to: number }[] };

function shape(exclusion: BandExclusion, masses: MassRange): Shape {
  const { whole, some } = exclusion;
  if (whole.length === 0) return { kind: some.length ? 'partly' : 'none' };
  if (whole.length === 1) {
    const [{ from, to }] = whole;
    if (from === masses.min && to === masses.max) return { kind: 'all' };
    if (from === masses.min) return { kind: 'below', mass: to };
    if (to === masses.max) return { kind: 'above', mass: from };
  }
  return { kind: 'within', intervals: whole };
}

/** A computed mass to 2 significant figures (3 if 2 would print a range end, e.g. 19.96 in 10–20 MeV). */
function massText(m: number, masses: MassRange): string {
  const two = formatSci(m, 2);
  return two === formatShort(masses.min) || two === formatShort(masses.max) ? formatSci(m, 3) : two;
}

function shapeText(s: Shape, masses: MassRange): string {
  switch (s.kind) {
    case 'all':
      return 'yes, all of it';
    case 'none':
      return 'no';
    case 'partly':
      return 'partly';
    case 'below':
      return `only for m_Z′ below ${massText(s.mass, masses)} MeV`;
    case 'above':
      return `only for m_Z′ above ${massText(s.mass, masses)} MeV`;
    case 'within':
      return `only for m_Z′ = ${s.intervals.map((i) => `${massText(i.from, masses)}–${massText(i.to, masses)}`).join(' and ')} MeV`;
  }
}

/**
 * The paper's reading in words: "yes, all of it" (at every mass of the range), "no" (none of the
 * band at any mass), "partly" (some of it, but at no mass all), or where the whole band is excluded
 * ("only for m_Z′ above 13 MeV").
 */
export function zeroText(readings: BandReadings): string {
  return shapeText(shape(readings.atZero, readings.masses), readings.masses);
}

/**
 * The momentum-dependent reading in words: one phrase when both ends of the |q| range agree
 * ("no (|q| = 10–100 MeV)", "only for m_Z′ below 5.2–45 MeV (|q| = 0.03–0.18 MeV)"), else one per
 * end, largest |q| first ("yes, all of it at |q| = 0.18 MeV; no at 0.03 MeV"); or why there is no
 * such reading.
 */
export function momentumText(readings: BandReadings): string {
  const { momentum, masses } = readings;
  if (momentum.kind === 'static') return STATIC_TEXT;
  if (momentum.kind === 'unknown') return momentum.hypothetical ? UNKNOWN_TEXT.hypothetical : UNKNOWN_TEXT.data;
  const { qMin, qMax } = momentum;
  const [low, high] = [shape(momentum.atQMin, masses), shape(momentum.atQMax, masses)];
  const qRange = qMin === qMax ? formatShort(qMax) : `${formatShort(qMin)}–${formatShort(qMax)}`;
  const [lowText, highText] = [shapeText(low, masses), shapeText(high, masses)];
  if (lowText === highText) return `${highText} (|q| = ${qRange} MeV)`;
  if (low.kind === 'below' && high.kind === 'below') {
    // A larger |q| bounds g more tightly, so the whole band stays excluded up to a larger mass.
    return `only for m_Z′ below ${massText(low.mass, masses)}–${massText(high.mass, masses)} MeV (|q| = ${qRange} MeV)`;
  }
  return `${highText} at |q| = ${formatShort(qMax)} MeV; ${lowText} at ${formatShort(qMin)} MeV`;
}
