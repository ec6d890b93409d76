/**
 * Fig. 2 (|q_ν| against g) as data: which limit lines are drawn, where their labels go, the
 * model line, the bands, and the words that describe them. Plot-free, so the browser controller
 * can update the legend, description and downloads without loading Plot; figures/fig2/spec.ts turns this
 * view into Plot marks.
 */
import { neutrinoMillicharge } from '../../physics/index';
import { formatShort, formatSci } from '../shared/format';
import { dodgeLabels } from '../shared/label-layout';
import type { Fig2State } from './state';
import { markedLabel, type LimitStanding } from '../shared/limit-standing';
import { limitLook } from '../shared/limit-style';
import { allLimits, boundRows, gm2Band, type BoundRow, type Gm2Band, type HubbleInput, type LimitInput, type LimitsData } from './limits-view';

/** Chart frame in px and axis domains: g from 10⁻¹² to 10⁻², |q_ν| from 10⁻²⁶ to 10⁻⁵ e. */
export const FIG2_FRAME = {
  width: 720,
  height: 470,
  marginTop: 20,
  marginRight: 118,
  marginBottom: 46,
  marginLeft: 62,
  g: [1e-12, 1e-2] as [number, number],
  q: [1e-26, 1e-5] as [number, number],
} as const;

/** |q_ν| per unit g² at q² = 0 (eq. (8)); the same for ν_μ and ν_τ. */
export function chargePerCouplingSquared(): number {
  return Math.abs(neutrinoMillicharge(1, 'tau'));
}

/** Line style of a limit: colour (a `--limit-…` CSS variable, set per theme in global.css) and dash pattern. */
export interface LimitStyle {
  color: string;
  dash: string;
  width: number;
  /** A disputed limit: round dots, and no shaded region above it (the site does not claim it excludes). */
  disputed: boolean;
}

/**
 * A limit's standing (disputed, CL source, extra reference) when its data carry one: limitsData()
 * gives these fields to the limits of the page's data; a reader's hypothetical limit has none.
 */
export function standing(limit: LimitInput): LimitStanding {
  return limit as LimitInput & LimitStanding;
}

/** A disputed limit's dash (the registry's, re-exported for Fig. 2's callers). */
export { DISPUTED_DASH } from '../shared/limit-style';

/**
 * The style of a limit line: colour and dash from the registry (limit-style.ts), the same as in
 * the g−2 explorer; Fig. 2's own line widths (a reader's limit thicker, a disputed one dotted).
 */
export function limitStyle(limit: LimitInput): LimitStyle {
  const look = limitLook({ ...standing(limit), id: limit.id, kind: limit.kind, hypothetical: limit.hypothetical });
  return { color: look.color, dash: look.dash, width: look.hypothetical ? 2.4 : look.disputed ? 2.2 : 1.6, disputed: look.disputed };
}

/** A drawn limit: its bounds, style, and where its label sits (log10 |q|, after dodging). */
export interface Fig2Line extends BoundRow {
  style: LimitStyle;
  /** True when the horizontal line lies inside the |q| axis range. */
  onScale: boolean;
  /** log10 of the label's |q| position, moved apart from its neighbours. */
  labelLog10: number;
  /** Class-safe key for CSS hooks ('lz-tau', 'xmass-mu-tau--mu'). */
  cssKey: string;
}

/** Everything Fig. 2 draws for one state. */
export interface Fig2View {
  /** |q_ν|/g², units of e. */
  k: number;
  lines: Fig2Line[];
  band: Gm2Band;
  hubble: HubbleInput[];
}

/** Pixels per decade of the |q| axis. */
function pxPerDecadeQ(): number {
  const { height, marginTop, marginBottom, q } = FIG2_FRAME;
  return (height - marginTop - marginBottom) / Math.log10(q[1] / q[0]);
}

/**
 * Drops a flavour duplicate: a two-flavour limit whose bounds agree for ν_μ and ν_τ is one line.
 */
function mergeFlavors(rows: BoundRow[]): BoundRow[] {
  return rows
    .filter((row, i) => {
      const first = rows.findIndex((r) => r.limit.id === row.limit.id);
      if (first === i) return true;
      return !(rows[first].gmaxSigned === row.gmaxSigned && rows[first].gmaxSymmetric === row.gmaxSymmetric);
    })
    .map((row) => {
      const siblings = rows.filter((r) => r.limit.id === row.limit.id);
      const merged = siblings.length > 1 && siblings.every((r) => r.gmaxSigned === row.gmaxSigned && r.gmaxSymmetric === row.gmaxSymmetric);
      return merged ? { ...row, key: row.limit.id } : row;
    });
}

/** The view of Fig. 2 for a state. @throws RangeError only for states parseFig2State cannot produce */
export function fig2View(state: Fig2State, data: LimitsData): Fig2View {
  const shown = allLimits(data, state).filter((l) => l.hypothetical || state.exp.includes(l.id));
  const rows = mergeFlavors(boundRows(shown, state.treatment, state.flavor));
  const [q0, q1] = FIG2_FRAME.q;
  const gap = 12 / pxPerDecadeQ();
  const anchors = rows.map((r) => Math.log10(Math.min(Math.max(r.cap, q0), q1)));
  const labels = dodgeLabels(anchors, gap, -Infinity, Math.log10(q1) - gap / 2);
  const lines = rows.map((row, i) => ({
    ...row,
    style: limitStyle(row.limit),
    onScale: row.cap >= q0 && row.cap <= q1,
    labelLog10: labels[i],
    cssKey: row.key.replace(/[^a-z0-9-]+/gi, '--'),
  }));
  return { k: chargePerCouplingSquared(), lines, band: gm2Band(data, state), hubble: data.hubble };
}

const FLAVOR_TEXT = { mu: 'ν_μ', tau: 'ν_τ' } as const;

/**
 * A line's name with its flavour unless the label already names it, and the disputed marking:
 * 'XENONnT (ν_τ)', 'LUX-ZEPLIN (ν_τ)', 'Beam dump (as quoted by the paper, disputed) (ν_τ)'.
 */
export function lineName(line: BoundRow): string {
  const label = markedLabel(line.limit.label, standing(line.limit));
  return label.includes('ν_') ? label : `${label} (${lineFlavorText(line)})`;
}

/** 'ν_μ' / 'ν_τ' / 'ν_μ and ν_τ' for a drawn line. */
export function lineFlavorText(line: BoundRow): string {
  return line.key === line.limit.id && line.limit.flavors.length > 1 ? 'ν_μ and ν_τ' : FLAVOR_TEXT[line.flavor];
}

/** The g−2 band in words, e.g. 'g−2 (2023 …, 1σ, m_Z′ = 10–20 MeV): g from 4.70 × 10⁻⁴ to 6.87 × 10⁻⁴'. */
export function bandText(band: Gm2Band, state: Pick<Fig2State, 'sigma' | 'mmin' | 'mmax'>): string {
  const where = `${state.sigma}σ, m_Z′ = ${formatShort(state.mmin)}–${formatShort(state.mmax)} MeV`;
  if (band.isCeiling) return `(g−2)_μ, set ${band.set.id} (${where}): no anomaly at this width, only a ceiling g < ${formatSci(band.upper)}`;
  return `(g−2)_μ, set ${band.set.id} (${where}): g from ${formatSci(band.lower)} to ${formatSci(band.upper)}`;
}

/** What every g_max of the figure assumes, in words (the caption quotes the numbers). */
export const Q2_ZERO_CAVEAT =
  'Each g_max takes the charge at q² = 0, exact only for a massless Z′: a Z′ heavier than the momentum an experiment transfers gives a smaller charge there and a weaker bound on g (see the validity page).';

/** A text alternative of the whole chart (used as aria-label and as the description). */
export function fig2Description(view: Fig2View, state: Fig2State): string {
  const parts = [`Log–log plot of the neutrino millicharge |q_ν| (units of e) against the coupling g: the model line |q_ν| = ${formatSci(view.k)} g².`];
  if (view.lines.length === 0) parts.push('No limit is shown.');
  for (const line of view.lines) {
    const claim = line.style.disputed
      ? `would exclude g > ${formatSci(line.gmax)} if it held (drawn dotted, unshaded)`
      : `excludes g > ${formatSci(line.gmax)}`;
    parts.push(`${lineName(line)}: |q_ν| ≤ ${formatSci(line.cap)} ${claim}${line.onScale ? '' : ' (off the plotted range)'}.`);
  }
  if (view.lines.length > 0) parts.push(Q2_ZERO_CAVEAT);
  parts.push(`${bandText(view.band, state)}.`);
  for (const h of view.hubble)
    parts.push(
      `Hubble region "${h.label}": g from ${formatSci(h.min)} to ${formatSci(h.max)}${h.usedByPaper ? ' (the paper’s band)' : ' (not used by the paper)'}.`,
    );
  return parts.join(' ');
}

/**
 * The legend's one-line summary of a limit under the current treatment and flavour choice:
 * '|q_ν| ≤ 7.50 × 10⁻⁸ → g ≤ 1.25 × 10⁻³', or why it is not drawn.
 */
export function legendDetail(limit: LimitInput, state: Pick<Fig2State, 'treatment' | 'flavor'>): string {
  const rows = boundRows([limit], state.treatment, state.flavor);
  if (rows.length === 0) {
    const only = limit.flavors.map((f) => FLAVOR_TEXT[f]).join(' and ');
    return `a limit on ${only} only: not drawn for ${FLAVOR_TEXT[state.flavor as 'mu' | 'tau']}`;
  }
  const one = (r: BoundRow) => `|q_ν| ≤ ${formatSci(r.cap)} → g ≤ ${formatSci(r.gmax)}`;
  if (rows.length === 1 || rows.every((r) => r.gmax === rows[0].gmax)) return one(rows[0]);
  return rows.map((r) => `${FLAVOR_TEXT[r.flavor]}: ${one(r)}`).join('; ');
}
