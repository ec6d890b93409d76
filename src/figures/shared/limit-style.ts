/**
 * How every figure draws a millicharge limit: its colour (a CSS variable `--limit-<key>`, defined
 * once with light and dark values in src/styles/global.css), its dash pattern, and the dotted look
 * of a disputed limit. Fig. 2 and the g−2 explorer both read this registry, so a limit looks the
 * same in both; a new limit's look is one entry in LIMIT_LOOKS (and, for a new colour, one line in
 * each theme of global.css). Dash patterns differ between limits, so colour is never the only cue.
 * The short labels of chart margins and readouts (shortLabel) are made here too, by one rule.
 * Browser-safe (types only from src/data).
 */
import type { LimitKind } from '../../data/types';
import { isDisputed, markedShortLabel, type LimitStanding } from './limit-standing';

/**
 * A limit's colour key (its variable is `--limit-<key>`), SVG dash pattern ('none': solid) and, for
 * a limit that can be disputed, its own dotted pattern (two disputed limits drawn together must
 * still differ by more than colour).
 */
export interface LimitLook {
  colorKey: string;
  dash: string;
  disputedDash?: string;
}

/** The look of each limit of src/data/millicharge-limits.json, by id. */
export const LIMIT_LOOKS: Readonly<Record<string, LimitLook>> = {
  'coherent-2021-mu': { colorKey: 'coherent', dash: 'none' },
  'xenonnt-tau': { colorKey: 'xenonnt', dash: '9,3' },
  'lz-tau': { colorKey: 'lz', dash: '3,2' },
  'lz-mu': { colorKey: 'lz', dash: '3,2,1,2' },
  'beam-dump-tau': { colorKey: 'beam-dump', dash: '12,3,2,3', disputedDash: '0.1,3.5' },
  'bebc-beam-dump-tau': { colorKey: 'bebc', dash: '6,2,6,6' },
  'xmass-mu-tau': { colorKey: 'xmass', dash: '6,2,2,2,2,2' },
  gemma: { colorKey: 'gemma', dash: '10,2,2,2', disputedDash: '0.1,2.5,0.1,7' },
  'flare-fasernu2-mu': { colorKey: 'flare', dash: '14,5' },
  'flare-fasernu2-tau': { colorKey: 'flare', dash: '14,5,3,5' },
  'red-giant-plasmon': { colorKey: 'red-giant', dash: '8,2,1,2,1,2,1,2' },
};

/** A limit the registry does not list yet: grey, in a dash pattern of its kind that no listed limit uses. */
export const KIND_LOOKS: Readonly<Record<LimitKind, LimitLook>> = {
  observed: { colorKey: 'other', dash: '5,5' },
  indirect: { colorKey: 'other', dash: '2,4' },
  projection: { colorKey: 'other', dash: '8,2,2,2' },
  astro: { colorKey: 'other', dash: '10,2,2,2,2,2' },
};

/** A reader's hypothetical limits ('whatif-1', 'whatif-2', …): one colour, a dash pattern each, in URL order. */
export const WHAT_IF_COLOR_KEY = 'whatif';
export const WHAT_IF_DASHES: readonly string[] = ['7,3,1,3', '4,4', '10,2', '2,2,8,2', '1,2'];

/**
 * A disputed limit's line: round dots (near-zero dashes with round caps), a look no undisputed
 * limit has; this is the pattern of a disputed limit with no `disputedDash` of its own.
 */
export const DISPUTED_DASH = '0.1,3.5';

/** The dotted pattern a limit gets when it is disputed. */
export function disputedDash(id: string): string {
  return LIMIT_LOOKS[id]?.disputedDash ?? DISPUTED_DASH;
}
export const DISPUTED_LINECAP = 'round' as const;

/** Every colour key the figures use: global.css defines `--limit-<key>` for each, light and dark. */
export const LIMIT_COLOR_KEYS: readonly string[] = [
  ...new Set([...Object.values(LIMIT_LOOKS), ...Object.values(KIND_LOOKS)].map((l) => l.colorKey)),
  WHAT_IF_COLOR_KEY,
];

/** The CSS colour of a key: 'lz' → 'var(--limit-lz)'. */
export function limitColorVar(key: string): string {
  return `var(--limit-${key})`;
}

/** What a figure needs to know of a limit to draw it. */
export interface StyledLimit extends LimitStanding {
  id: string;
  kind: LimitKind | 'hypothetical';
  /** A reader's limit (Fig. 2's flag; the g−2 explorer says kind 'hypothetical'). */
  hypothetical?: boolean;
}

/** A limit's resolved look: CSS colour, dash pattern ('none': solid), and whether it is drawn as disputed. */
export interface ResolvedLook {
  color: string;
  dash: string;
  disputed: boolean;
  hypothetical: boolean;
}

/**
 * The look of a limit: a hypothetical one in the what-if colour with its own dashes; a disputed
 * one in its colour, dotted; any other by its id, or by its kind when the registry lacks the id.
 */
export function limitLook(limit: StyledLimit): ResolvedLook {
  if (limit.hypothetical || limit.kind === 'hypothetical') {
    const n = Number(limit.id.replace(/\D+/g, '')) || 1;
    return { color: limitColorVar(WHAT_IF_COLOR_KEY), dash: WHAT_IF_DASHES[(n - 1) % WHAT_IF_DASHES.length], disputed: false, hypothetical: true };
  }
  const look = LIMIT_LOOKS[limit.id] ?? KIND_LOOKS[limit.kind];
  const disputed = isDisputed(limit);
  return { color: limitColorVar(look.colorKey), dash: disputed ? disputedDash(limit.id) : look.dash, disputed, hypothetical: false };
}

/** What a short label is made from: the data's label, kind, experiment and standing. */
export interface LabelledLimit extends LimitStanding {
  label: string;
  kind: LimitKind | 'hypothetical';
  experiment?: string;
}

/** Longest name, in characters, that a chart's margin shows uncut. */
export const MARGIN_NAME_MAX = 21;

/** A limit's name without flavour, kind or disputed tags: 'LUX-ZEPLIN (ν_τ)' → 'LUX-ZEPLIN'. */
export function plainLabel(limit: LabelledLimit): string {
  if (limit.kind === 'hypothetical') return `${limit.label} (hypothetical)`;
  return limit.label
    .replace(/\s*\((ν_[μτ]|indirect)\)/, '')
    .replace(/\s*\((?:([^()]*?)\s+)?as quoted by the paper, disputed\)/, (_m, rest?: string) => (rest ? ` (${rest})` : ''))
    .replace(/\s*projection/, ' proj.');
}

/** plainLabel, or the experiment's name where that is too long for a chart's margin ('Red-giant plasmon decay' → 'Red giants'). */
export function baseLabel(limit: LabelledLimit): string {
  const name = plainLabel(limit);
  return [...name].length > MARGIN_NAME_MAX && limit.experiment ? limit.experiment : name;
}

/** A limit's short label for a chart margin or a readout: baseLabel, and '(disputed)' for a disputed one. */
export function shortLabel(limit: LabelledLimit): string {
  return markedShortLabel(baseLabel(limit), limit);
}
