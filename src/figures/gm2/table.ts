/**
 * The g−2 explorer's legend entries, table cells and downloads: the same numbers as the chart, as
 * text. Pure; fragments.ts and the descriptor build the page's markup from them.
 */
import { buildCsv, buildJson, type ExportColumn, type ExportMeta, type ExportRow } from '../shared/export';
import { formatAnomaly, formatPlain, formatShort, formatSci } from '../shared/format';
import { logGrid } from './bands';
import { plainLabel, limitColor, limitDash, shortLabel, shownBounds, valueSetOf, type CeilingKind, type CeilingLimit, type Gm2Data } from './model';
import { DISPUTED_WORDS, disputedText, isDisputed, KIND_WORD as DATA_KIND_WORD, markedLabel } from '../shared/limit-standing';
import { GM2_MASS_MAX_MEV, GM2_MASS_MIN_MEV, type Gm2State } from './state';
import { bandFor } from './spec';
import { BAND_COLOR, HUBBLE_COLOR, HUBBLE_OTHER_DASH, HUBBLE_OTHER_STROKE } from './marks';
import type { WhatIfLimit } from '../fig2/what-if';
import { DISPUTED_LINECAP } from '../shared/limit-style';
import { bandAt } from '../shared/gm2-band';
import type { BoundComparison } from './readout';
import { STATIC_TEXT, UNKNOWN_TEXT } from '../bound-table/readings';

/** One legend entry: a line or area swatch and its text. */
export interface LegendItem {
  key: string;
  text: string;
  color: string;
  /** 'line' swatches carry a dash pattern; 'area' swatches are filled, or with a dash only outlined. */
  swatch: 'line' | 'area';
  dash?: string;
  /** Round line caps: a disputed limit's dots are drawn as round caps of near-zero dashes. */
  linecap?: 'round';
}

/**
 * A ceiling's kind in words. The line style is not named: each limit has its own dash (shown by
 * its swatch), the same as in Fig. 2; only the disputed dots are a look of their own.
 */
export const KIND_WORD: Readonly<Record<CeilingKind, string>> = { ...DATA_KIND_WORD, hypothetical: 'hypothetical' };

/** A limit's kind as the legend and the bound table say it: 'observed', or for a disputed one 'observed; as quoted by the paper, disputed, dotted'. */
export function kindText(limit: CeilingLimit): string {
  return isDisputed(limit) ? `${KIND_WORD[limit.kind]}; ${DISPUTED_WORDS}, dotted` : KIND_WORD[limit.kind];
}

/** A limit's kind in one word for downloads and tables: 'observed', 'astrophysical', 'hypothetical'. */
export function kindWordOf(limit: CeilingLimit): string {
  return KIND_WORD[limit.kind];
}

/** Legend entries for a state, in drawing order of importance: band, Hubble regions, bounds (strongest first). */
export function gm2Legend(state: Gm2State, data: Gm2Data): LegendItem[] {
  const set = valueSetOf(state, data);
  const band = bandFor(state, data);
  const items: LegendItem[] = [
    {
      key: 'band',
      text: band.isCeiling
        ? `(g − 2)_μ ceiling, ${state.sigma}σ, Δa_μ = ${formatAnomaly(set)}: couplings above the dashed curve are excluded`
        : `(g − 2)_μ band, ${state.sigma}σ, Δa_μ = ${formatAnomaly(set)}`,
      color: BAND_COLOR,
      swatch: 'area',
    },
    ...data.hubble.map((r): LegendItem => ({
      key: `hubble-${r.id}`,
      text:
        `Hubble tension, ${r.label}${r.usedByPaper ? ' — the region the paper uses' : ' — not used by the paper'}` +
        (r.mMin < GM2_MASS_MIN_MEV ? ` (extends below the axis, down to m_Z′ = ${formatPlain(r.mMin * 1e6, 3)} eV)` : ''),
      color: r.usedByPaper ? HUBBLE_COLOR : HUBBLE_OTHER_STROKE,
      swatch: 'area',
      ...(r.usedByPaper ? {} : { dash: HUBBLE_OTHER_DASH }),
    })),
  ];
  for (const { limit, gMax } of shownBounds(data.limits, state.flavor, state.treatment)) {
    items.push({
      key: limit.id,
      text: `${plainLabel(limit)} (${kindText(limit)}): g ≤ ${formatSci(gMax)} at q² = 0`,
      color: limitColor(limit),
      swatch: 'line',
      dash: limitDash(limit),
      ...(isDisputed(limit) ? { linecap: DISPUTED_LINECAP } : {}),
    });
  }
  return items;
}

/** A row of the "Millicharge bounds shown" table: the limit's name (marked when disputed) and its kind in words. */
export function boundCells(limit: CeilingLimit): { name: string; kind: string; disputed: boolean } {
  const name = limit.kind === 'hypothetical' ? `${limit.label} (hypothetical)` : markedLabel(limit.label, limit);
  return { name, kind: kindText(limit), disputed: isDisputed(limit) };
}

/**
 * The bound table's ratio cells for a readout line: needed g / g_max at q² = 0 ('129'), and with the
 * Z′ propagator at the largest and smallest |q| of the measurement, one line each ('3.26 at |q| =
 * 0.38 MeV\n0.257 at 0.03 MeV'), or why there is no such reading. With a g−2 ceiling, the ratio is
 * ceiling / g_max.
 */
export function ratioCells(comparison: BoundComparison): [atZero: string, withPropagator: string] {
  const { momentum } = comparison;
  const ratio = (r: number) => formatSci(r, 3);
  if (momentum.kind === 'static') return [ratio(comparison.ratio), STATIC_TEXT];
  if (momentum.kind === 'unknown') return [ratio(comparison.ratio), momentum.hypothetical ? UNKNOWN_TEXT.hypothetical : UNKNOWN_TEXT.data];
  const { atQMax: high, atQMin: low } = momentum;
  const first = `${ratio(high.ratio)} at |q| = ${formatShort(high.q)} MeV`;
  return [ratio(comparison.ratio), high.q === low.q ? first : `${first}\n${ratio(low.ratio)} at ${formatShort(low.q)} MeV`];
}

/** Hypothetical limits from the URL as ceilings the explorer draws. */
export function whatIfCeilings(limits: readonly WhatIfLimit[]): CeilingLimit[] {
  return limits.map((l) => ({ id: l.id, label: l.name, flavors: [l.flavor], lower: l.lower, upper: l.upper, kind: 'hypothetical', cl: l.cl }));
}

/** Masses (MeV) of the "Show data" table: two per decade (10ⁿ and 10ⁿ⁺⁰·⁵). */
export const TABLE_MASSES_MEV = logGrid(GM2_MASS_MIN_MEV, GM2_MASS_MAX_MEV, 15);

/** Band rows of the table and downloads: coupling at each mass. */
export function gm2BandRows(state: Gm2State, data: Gm2Data, masses?: readonly number[]): ExportRow[] {
  const band = bandFor(state, data);
  const points = masses ? masses.map((m) => bandPointAt(state, data, m)) : band.points;
  return points.map((p) => ({ m_Zprime_MeV: p.m, g_lower: band.isCeiling ? null : p.lower, g_central: p.central, g_upper: p.upper }));
}

/** The band at one mass. */
function bandPointAt(state: Gm2State, data: Gm2Data, m: number) {
  return { m, ...bandAt(valueSetOf(state, data), state.sigma, m) };
}

export const GM2_COLUMNS: ExportColumn[] = [
  { key: 'm_Zprime_MeV', header: 'm_Zprime_MeV' },
  { key: 'g_lower', header: 'g_lower' },
  { key: 'g_central', header: 'g_central' },
  { key: 'g_upper', header: 'g_upper' },
];

/** A limit's momentum transfer for downloads: what the reading with the Z′ propagator uses. */
function momentumTransferText(limit: CeilingLimit): string {
  const q = limit.momentumMeV;
  if (q === 'static') return STATIC_TEXT;
  if (!q) return limit.kind === 'hypothetical' ? 'none given (hypothetical limit)' : 'none recorded';
  return `${q.min}–${q.max} MeV; with the Z′ propagator g_max(m_Zprime) = g_max · sqrt(1 + m_Zprime^2/|q|^2)`;
}

/** Metadata of a download for a state. */
export function gm2ExportMeta(state: Gm2State, data: Gm2Data, generatedAt: string): ExportMeta {
  const set = valueSetOf(state, data);
  const bounds = shownBounds(data.limits, state.flavor, state.treatment);
  const extra: Record<string, string> = {
    'value set': `${set.id}: Δa_mu = ${set.value} ± ${set.sigma} (${set.source})`,
    sigma: String(state.sigma),
    'band kind': bandFor(state, data).isCeiling ? 'ceiling (Δa_mu − nσ ≤ 0): g_lower empty, g_upper is the largest allowed g' : 'band',
    flavor: state.flavor,
    treatment: state.treatment,
    'marker m_Zprime_MeV': String(state.m),
  };
  for (const { limit, gMax } of bounds) {
    extra[`g_max ${limit.id}`] = `${gMax} at q^2 = 0 (${kindWordOf(limit)}; q_nu in [${limit.lower}, ${limit.upper}] e)`;
    extra[`|q| ${limit.id}`] = momentumTransferText(limit);
    if (limit.clSource) extra[`CL source ${limit.id}`] = limit.clSource;
    if (isDisputed(limit)) extra[`disputed ${limit.id}`] = disputedText(limit);
  }
  for (const r of data.hubble)
    extra[`hubble ${r.id}`] = `m_Zprime ${r.mMin}–${r.mMax} MeV, g ${r.gMin}–${r.gMax}${r.usedByPaper ? ' (used by the paper)' : ''}`;
  return {
    quantity:
      'Coupling g explaining Δa_mu (eq. 6 of arXiv:2308.05720) versus Z′ mass, with millicharge bounds g_max (eq. 8 at q^2 = 0; each limit’s |q| gives the reading with the Z′ propagator)',
    units: 'm_Zprime in MeV; g dimensionless',
    cl: bounds.map((b) => `${b.limit.id}: ${b.limit.cl === null ? 'not stated' : `${b.limit.cl * 100}%`}`).join(', '),
    status: [...new Set(bounds.map((b) => kindWordOf(b.limit)))].join(', '),
    sources: [
      { label: 'Alok, Chundawat, Mandal (the paper)', arxiv: '2308.05720' },
      { label: `g−2 value set ${set.id}: ${set.source}` },
      ...bounds.map((b) => ({ label: shortLabel(b.limit), arxiv: b.limit.arxiv })),
      ...data.hubble.map((r) => ({ label: `Hubble region ${r.id}`, arxiv: r.arxiv })),
    ],
    dataVersion: data.dataVersion,
    generatedAt,
    extra,
  };
}

/** CSV of the band on the 200-point grid, bounds and Hubble regions in the header (what the page's CSV button gives). */
export function gm2Csv(state: Gm2State, data: Gm2Data, generatedAt: string): string {
  return buildCsv(gm2ExportMeta(state, data, generatedAt), GM2_COLUMNS, gm2BandRows(state, data));
}

/** JSON of the same. */
export function gm2Json(state: Gm2State, data: Gm2Data, generatedAt: string): string {
  return buildJson(gm2ExportMeta(state, data, generatedAt), GM2_COLUMNS, gm2BandRows(state, data));
}

/** File name stem: 'gm2-explorer-2023-paper-1sigma-tau-symmetric'. */
export function gm2FileStem(state: Gm2State): string {
  return `gm2-explorer-${state.set}-${state.sigma}sigma-${state.flavor}-${state.treatment}`;
}
