/**
 * Hypothetical millicharge limits typed by the reader ("what if an experiment reached …?"),
 * carried in the URL parameter `whatif` so a view can be shared:
 *
 *   whatif=MyExp~tau~-1e-13~1e-13~0.9~projection,Other~mu~-5e-12~4e-12~~observed
 *
 * Items are `name~flavor~lower~upper~cl~kind`, separated by ','. Every field is validated; an
 * invalid item is dropped with a plain-text notice, the valid ones are kept. Pure module without
 * Plot, shared by Fig. 2, the bound table and the g−2 explorer.
 */
import { parseDecimal, quoteRaw, type ParamDef } from '../shared/url-state';

/** Flavours a hypothetical limit can constrain. */
export const WHAT_IF_FLAVORS = ['mu', 'tau'] as const;
/** Whether the hypothetical limit stands for a measurement, a projected sensitivity or an astrophysical bound. */
export const WHAT_IF_KINDS = ['observed', 'projection', 'astro'] as const;
/** At most this many hypothetical limits in one URL. */
export const WHAT_IF_MAX_ITEMS = 5;
/** Longest name, in characters. */
export const WHAT_IF_NAME_MAX = 40;

export type WhatIfFlavor = (typeof WHAT_IF_FLAVORS)[number];
export type WhatIfKind = (typeof WHAT_IF_KINDS)[number];

/** One hypothetical interval on a neutrino millicharge, in units of e. */
export interface WhatIfLimit {
  /** Stable id within the URL: 'whatif-1', 'whatif-2', … in URL order. */
  id: string;
  /** Reader's name for it (plain text, ≤ 40 characters). */
  name: string;
  flavor: WhatIfFlavor;
  /** Lower end of the allowed q_ν, in units of e (−1 < lower ≤ 0). */
  lower: number;
  /** Upper end of the allowed q_ν, in units of e (0 ≤ upper < 1). */
  upper: number;
  /** Confidence level as a fraction in (0, 1), or null when not given. */
  cl: number | null;
  kind: WhatIfKind;
}

/** The fields a reader types; numbers still as text. */
export interface WhatIfFields {
  name: string;
  flavor: string;
  lower: string;
  upper: string;
  cl: string;
  kind: string;
}

/** Letters, digits, spaces and a few harmless marks; no markup, separators or control characters. */
const NAME = /^[\p{L}\p{N} ._\-+()/'’νμτ]+$/u;

/**
 * Validates one hypothetical limit from its text fields.
 * @returns the limit (without id), or the list of problems, one sentence each, naming the field
 */
export function checkWhatIf(fields: WhatIfFields): { limit: Omit<WhatIfLimit, 'id'> } | { errors: { field: keyof WhatIfFields; message: string }[] } {
  const errors: { field: keyof WhatIfFields; message: string }[] = [];
  const name = fields.name.trim();
  if (name === '') errors.push({ field: 'name', message: 'Give the limit a name.' });
  else if ([...name].length > WHAT_IF_NAME_MAX) errors.push({ field: 'name', message: `The name must be at most ${WHAT_IF_NAME_MAX} characters.` });
  else if (!NAME.test(name)) errors.push({ field: 'name', message: "The name may use letters, digits, spaces and . _ - + ( ) / ' only." });
  const flavor = fields.flavor.trim();
  if (!(WHAT_IF_FLAVORS as readonly string[]).includes(flavor)) errors.push({ field: 'flavor', message: 'The flavour must be mu or tau.' });
  const lower = parseDecimal(fields.lower);
  const upper = parseDecimal(fields.upper);
  if (lower === undefined) errors.push({ field: 'lower', message: 'The lower end must be a finite number such as -1e-13.' });
  else if (lower > 0) errors.push({ field: 'lower', message: 'The lower end must be ≤ 0 (an interval around zero charge).' });
  else if (lower <= -1) errors.push({ field: 'lower', message: 'The lower end must be above −1 e (a millicharge is a small fraction of e).' });
  if (upper === undefined) errors.push({ field: 'upper', message: 'The upper end must be a finite number such as 1e-13.' });
  else if (upper < 0) errors.push({ field: 'upper', message: 'The upper end must be ≥ 0 (an interval around zero charge).' });
  else if (upper >= 1) errors.push({ field: 'upper', message: 'The upper end must be below 1 e (a millicharge is a small fraction of e).' });
  let cl: number | null = null;
  if (fields.cl.trim() !== '') {
    const value = parseDecimal(fields.cl);
    if (value === undefined || value <= 0 || value >= 1)
      errors.push({ field: 'cl', message: 'The confidence level must be a fraction between 0 and 1 (e.g. 0.9), or empty.' });
    else cl = value;
  }
  const kind = fields.kind.trim();
  if (!(WHAT_IF_KINDS as readonly string[]).includes(kind)) errors.push({ field: 'kind', message: 'The kind must be observed, projection or astro.' });
  if (errors.length > 0) return { errors };
  return {
    limit: { name, flavor: flavor as WhatIfFlavor, lower: lower === 0 ? 0 : lower!, upper: upper === 0 ? 0 : upper!, cl, kind: kind as WhatIfKind },
  };
}

/**
 * Parses the `whatif` parameter. Never throws.
 * @returns the valid limits (ids 'whatif-1' … in order) and one notice per dropped item
 */
export function parseWhatIf(raw: string): { limits: WhatIfLimit[]; notices: string[] } {
  const limits: WhatIfLimit[] = [];
  const notices: string[] = [];
  const items = raw.split(',').filter((item) => item.trim() !== '');
  items.forEach((item, index) => {
    const label = `whatif item ${index + 1} (${quoteRaw(item)})`;
    if (limits.length >= WHAT_IF_MAX_ITEMS) {
      notices.push(`Ignored ${label}: at most ${WHAT_IF_MAX_ITEMS} hypothetical limits.`);
      return;
    }
    const parts = item.split('~');
    if (parts.length !== 6) {
      notices.push(`Ignored ${label}: expected name~flavor~lower~upper~cl~kind (6 fields), got ${parts.length}.`);
      return;
    }
    const [name, flavor, lower, upper, cl, kind] = parts;
    const result = checkWhatIf({ name, flavor, lower, upper, cl, kind });
    if ('errors' in result) notices.push(`Ignored ${label}: ${result.errors.map((e) => e.message).join(' ')}`);
    else limits.push({ id: `whatif-${limits.length + 1}`, ...result.limit });
  });
  return { limits, notices };
}

/** One limit as its URL item (ids are not written; they follow the order). */
export function formatWhatIfItem(limit: Omit<WhatIfLimit, 'id'>): string {
  return [limit.name, limit.flavor, String(limit.lower), String(limit.upper), limit.cl === null ? '' : String(limit.cl), limit.kind].join('~');
}

/** The `whatif` parameter value for a list of limits ('' for none). */
export function serializeWhatIf(limits: readonly Omit<WhatIfLimit, 'id'>[]): string {
  return limits.map(formatWhatIfItem).join(',');
}

/** The `whatif` URL parameter for a url-state schema: default none; bad items dropped with notices. */
export function whatIfParam(name = 'whatif'): ParamDef<readonly WhatIfLimit[]> {
  return {
    name,
    fallback: [],
    parse: (raw) => {
      const { limits, notices } = parseWhatIf(raw);
      return { value: limits, notices };
    },
    format: (value) => serializeWhatIf(value),
    equals: (a, b) => serializeWhatIf(a) === serializeWhatIf(b),
  };
}
