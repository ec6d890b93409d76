/**
 * What the g−2 explorer draws, in the shape its spec needs: Δa_μ value sets (dimensionless),
 * millicharge limits (plus hypothetical ones from the URL) and the Hubble regions. Plain,
 * JSON-serialisable data: figures/gm2/data.server.ts selects it from the shared figure data at build time and the
 * page embeds it, so the same object feeds the build-time render and the browser.
 */
import type { BoundTreatment, ChargedNeutrinoFlavor } from '../../physics/index';
import { couplingBound } from '../../physics/index';
import type { HubbleRegion, Limit, LimitKind, ValueSet } from '../shared/figure-data';
import type { LimitStanding } from '../shared/limit-standing';
import { limitLook } from '../shared/limit-style';
import { weakMemo } from '../shared/memo';

/** A Δa_μ value set: the shared ValueSet (figures/shared/figure-data.ts). */
export type Gm2ValueSet = ValueSet;

/** A ceiling's kind: the data's four, and a reader's hypothetical limit (its look: limit-style.ts). */
export type CeilingKind = LimitKind | 'hypothetical';

/**
 * A millicharge interval that caps g, for one or more flavours: the shared Limit's fields the
 * explorer reads (with its standing: disputed, CL source, extra reference), a reader's limit
 * marked by its kind.
 */
export type CeilingLimit = Pick<Limit, 'id' | 'label' | 'lower' | 'upper' | 'cl' | 'arxiv' | 'paperRef' | 'experiment' | 'momentumMeV'> &
  LimitStanding & {
    flavors: readonly ChargedNeutrinoFlavor[];
    kind: CeilingKind;
  };

/** A Hubble region as the chart draws it: a rectangle of the (m_Z′, g) plane. */
export interface HubbleRectangle {
  id: string;
  label: string;
  /** Z′ mass range in MeV. */
  mMin: number;
  mMax: number;
  gMin: number;
  gMax: number;
  usedByPaper: boolean;
  arxiv: string;
}

/** A data limit as the explorer reads it (the fields and key order its embedded JSON has always had). */
export function ceilingLimit(l: Limit): CeilingLimit {
  return {
    id: l.id,
    label: l.label,
    experiment: l.experiment,
    flavors: l.flavors,
    lower: l.lower,
    upper: l.upper,
    kind: l.kind,
    cl: l.cl,
    arxiv: l.arxiv,
    paperRef: l.paperRef,
    clSource: l.clSource,
    ...(l.extraRef ? { extraRef: l.extraRef } : {}),
    ...(l.disputed ? { disputed: l.disputed } : {}),
    ...(l.momentumMeV ? { momentumMeV: l.momentumMeV } : {}),
  };
}

/** A Hubble region as a rectangle. */
export function hubbleRectangle(r: HubbleRegion): HubbleRectangle {
  return { id: r.id, label: r.label, mMin: r.masses.min, mMax: r.masses.max, gMin: r.min, gMax: r.max, usedByPaper: r.usedByPaper, arxiv: r.arxiv };
}

/** Everything the explorer draws. */
export interface Gm2Data {
  sets: readonly Gm2ValueSet[];
  defaultSetId: string;
  limits: readonly CeilingLimit[];
  hubble: readonly HubbleRectangle[];
  /** Versions of the data files, for downloads. */
  dataVersion: string;
}

/** A limit applied to one flavour with one treatment: its g_max. */
export interface ShownBound {
  limit: CeilingLimit;
  /** g_max from couplingBound (eq. 8 inverted). */
  gMax: number;
}

/** shownBounds results per limits array and (flavour, treatment): every part of a redraw asks for them. */
const boundsMemo = weakMemo(
  (limits: readonly CeilingLimit[], flavor: ChargedNeutrinoFlavor, treatment: BoundTreatment): readonly ShownBound[] =>
    limits
      .filter((limit) => limit.flavors.includes(flavor))
      .map((limit) => ({ limit, gMax: couplingBound({ flavor, lower: limit.lower, upper: limit.upper }, treatment) }))
      .filter((b) => b.gMax > 0 && Number.isFinite(b.gMax))
      .sort((a, b) => a.gMax - b.gMax),
  (flavor, treatment) => `${flavor}|${treatment}`,
);

/**
 * The bounds that apply to the chosen flavour, strongest first. Memoised per `limits` array, so
 * treat the data as immutable (a new array for new limits).
 * @returns one entry per limit whose flavours include `flavor`, with a positive g_max
 */
export function shownBounds(limits: readonly CeilingLimit[], flavor: ChargedNeutrinoFlavor, treatment: BoundTreatment): readonly ShownBound[] {
  return boundsMemo(limits, flavor, treatment);
}

/** Stroke colour of a limit's ceiling: the registry's CSS variable, as in Fig. 2 (limit-style.ts). */
export function limitColor(limit: CeilingLimit): string {
  return limitLook(limit).color;
}

/** The dash pattern of a limit's ceiling, as in Fig. 2: round dots when disputed; undefined when solid. */
export function limitDash(limit: CeilingLimit): string | undefined {
  const { dash } = limitLook(limit);
  return dash === 'none' ? undefined : dash;
}

/** The value set a state names (falls back to the data's default). */
export function valueSetOf(state: { set: string }, data: Gm2Data): Gm2ValueSet {
  const set = data.sets.find((s) => s.id === state.set) ?? data.sets.find((s) => s.id === data.defaultSetId);
  if (!set) throw new RangeError(`no g−2 value set '${state.set}' and no default set`);
  return set;
}

// The short labels are the style registry's (figures/shared/limit-style.ts), so every figure names a
// limit alike.
export { MARGIN_NAME_MAX, plainLabel, baseLabel, shortLabel } from '../shared/limit-style';
