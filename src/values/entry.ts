import type { BoundTreatment } from '../physics';
/**
 * The shape of the <Value> registry's entries and the masses and momenta its keys are tabulated at.
 */

/** One quotable number: its value, an optional unit, the default significant figures and where it comes from. */
export interface QuotedValue {
  value: number;
  unit?: string;
  digits?: number;
  /** Print plainly (no × 10ⁿ) below 10^plainAbove; formatSci's default is 3. */
  plainAbove?: number;
  source: string;
}

/** An entry computes its number when called. */
export type Entry = () => QuotedValue;
/** The registry being built: key → entry. */
export type Registry = Record<string, Entry>;

/** Where src/physics lives, for entries' sources. */
export const PHYSICS = 'src/physics';

/** Z′ masses (MeV) at which the (g − 2)_μ coupling bands are tabulated. */
export const BAND_MASSES_MEV = [1, 10, 20, 100, 300] as const;
/** Widths (in σ) of the tabulated coupling bands. */
export const BAND_WIDTHS = [1, 2] as const;
/** Spacelike momentum transfers |q| (MeV) at which the running ε(q²)/ε(0) is tabulated. */
export const RUNNING_MOMENTA_MEV = [1, 10, 100, 1000, 10000] as const;
/** Z′ masses (MeV) at which the form-factor suppression of the charge is tabulated. */
export const SUPPRESSION_MASSES_MEV = [1, 10] as const;
/** Z′ masses (MeV) at which the validity analysis is quoted in the prose. */
export const VALIDITY_MASSES_MEV = [10, 20] as const;
/** The coupling of the worked example on the millicharge page (an illustrative choice, not data). */
export const EXAMPLE_COUPLING = 5e-4;

/** Both treatments of an interval (eq. (8) inverted). */
export const TREATMENTS: readonly BoundTreatment[] = ['signed', 'symmetric'];
