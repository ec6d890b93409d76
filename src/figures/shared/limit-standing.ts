/**
 * How every figure names a limit's kind and marks a disputed limit: one registry, so Fig. 2, the
 * g−2 explorer, the validity explorer and their downloads say the same words. Browser-safe (types
 * only from src/data).
 */
import type { LimitKind } from '../../data/types';

/** The word for each kind of src/data, as the legends, tables and downloads print it. */
export const KIND_WORD: Readonly<Record<LimitKind, string>> = {
  observed: 'observed',
  projection: 'projection',
  indirect: 'indirect',
  astro: 'astrophysical',
};

/** The words every view puts on a limit kept only to reproduce the paper (its `disputed` is set). */
export const DISPUTED_WORDS = 'as quoted by the paper, disputed';

/** What a figure shows of a limit beyond its interval (the fields of MillichargeLimit it needs). */
export interface LimitStanding {
  /** Why the number is contradicted by its sources, when it is (the limit is then drawn as disputed). */
  disputed?: string;
  /** Where the CL was read, or which sources leave it out. */
  clSource?: string;
  /** An `extra-…` id of references.json when the source is not in the paper's bibliography. */
  extraRef?: string;
}

/** True when the limit is the paper's number contradicted by the sources. */
export function isDisputed(limit: LimitStanding): boolean {
  return Boolean(limit.disputed);
}

/**
 * A limit's label with the disputed marking: 'Beam dump' → 'Beam dump (as quoted by the paper,
 * disputed)'; a label that already says 'disputed' (as the data's does) is kept as it is.
 */
export function markedLabel(label: string, limit: LimitStanding): string {
  return isDisputed(limit) && !/disputed/i.test(label) ? `${label} (${DISPUTED_WORDS})` : label;
}

/** The short chart label with a short marking, for the chart's margin: 'Beam dump (disputed)'. */
export function markedShortLabel(short: string, limit: LimitStanding): string {
  return isDisputed(limit) && !/disputed/i.test(short) ? `${short} (disputed)` : short;
}

/** The disputed marking with its reason, for tables and downloads ('' when not disputed). */
export function disputedText(limit: LimitStanding): string {
  return isDisputed(limit) ? `${DISPUTED_WORDS}: ${limit.disputed}` : '';
}
