/**
 * The bound table: per limit and flavour, the interval on q_ν, its coupling bound g_max under
 * both treatments (couplingBound), what the paper quotes, and whether the bound rules out the
 * g−2 band and the Hubble region(s) of the current view. Pure and Plot-free: the build renders it
 * and the browser controller re-renders it when the shared URL state changes.
 */
import { formatSci } from './format';
import { allLimits, formatShort, boundRows, coverage, gm2Band, significantDigits, type Coverage, type LimitsData, type LimitsViewState } from './limits-view';

const FLAVOR_TEXT = { mu: 'ν_μ', tau: 'ν_τ' } as const;

/** Relative difference above which the signed and symmetric bounds count as different. */
const DIFFERS = 1e-9;

/** One row of the table, numbers unformatted. */
export interface BoundTableRow {
  key: string;
  label: string;
  flavor: string;
  lower: number;
  upper: number;
  cl: number | null;
  kind: string;
  gmaxSigned: number;
  gmaxSymmetric: number;
  /** g_max under the view's treatment. */
  gmax: number;
  /** True when the signed bound differs from the symmetric one (an asymmetric interval). */
  differs: boolean;
  /** The coupling bound the paper quotes, or null. */
  paper: number | null;
  /** How much of the g−2 band the bound rules out; 'ceiling' when the set has no band. */
  gm2: Coverage | 'ceiling';
  /** How much of each Hubble region it rules out. */
  hubble: { id: string; label: string; usedByPaper: boolean; coverage: Coverage }[];
  arxiv?: string;
  paperRef?: number;
  hypothetical: boolean;
}

/** The rows for a view: every data limit, then the hypothetical ones, each per flavour. */
export function boundTableRows(data: LimitsData, state: LimitsViewState): BoundTableRow[] {
  const band = gm2Band(data, state);
  return boundRows(allLimits(data, state), state.treatment).map((row) => ({
    key: row.key,
    label: row.limit.label,
    flavor: FLAVOR_TEXT[row.flavor],
    lower: row.limit.lower,
    upper: row.limit.upper,
    cl: row.limit.cl,
    kind: row.limit.kind,
    gmaxSigned: row.gmaxSigned,
    gmaxSymmetric: row.gmaxSymmetric,
    gmax: row.gmax,
    differs: Math.abs(row.gmaxSigned - row.gmaxSymmetric) > DIFFERS * row.gmaxSymmetric,
    paper: row.limit.paperCouplingBound,
    gm2: band.isCeiling ? 'ceiling' : coverage(row.gmax, band.lower, band.upper),
    hubble: data.hubble.map((h) => ({ id: h.id, label: h.label, usedByPaper: h.usedByPaper, coverage: coverage(row.gmax, h.min, h.max) })),
    arxiv: row.limit.arxiv,
    paperRef: row.limit.paperRef,
    hypothetical: row.limit.hypothetical,
  }));
}

/** Sort orders of the g_max columns. */
export type SortOrder = 'none' | 'ascending' | 'descending';
export type SortColumn = 'gmaxSigned' | 'gmaxSymmetric';

/** Rows sorted by a g_max column (stable; 'none' keeps data order). */
export function sortBoundRows(rows: readonly BoundTableRow[], column: SortColumn, order: SortOrder): BoundTableRow[] {
  if (order === 'none') return [...rows];
  const sign = order === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * (a[column] - b[column]));
}

/** Next order when the header button is pressed: none → ascending → descending → ascending. */
export function nextSortOrder(order: SortOrder): SortOrder {
  return order === 'ascending' ? 'descending' : 'ascending';
}

/** The strings a row shows, cell by cell (shared by the build render and the browser). */
export interface BoundTableCells {
  label: string;
  flavor: string;
  interval: string;
  cl: string;
  kind: string;
  gmaxSigned: string;
  gmaxSymmetric: string;
  paper: string;
  gm2: string;
  hubble: string;
}

const COVERAGE_TEXT: Record<Coverage, string> = { fully: 'yes, all of it', partly: 'partly', none: 'no' };

/** A row as text. */
export function boundTableCells(row: BoundTableRow): BoundTableCells {
  return {
    label: row.label,
    flavor: row.flavor,
    interval: `[${formatSci(row.lower)}, ${formatSci(row.upper)}]`,
    cl: row.cl === null ? 'not stated' : `${Math.round(row.cl * 1000) / 10}%`,
    kind: row.hypothetical ? `hypothetical (${row.kind})` : row.kind,
    gmaxSigned: formatSci(row.gmaxSigned),
    gmaxSymmetric: formatSci(row.gmaxSymmetric),
    paper: row.paper === null ? '—' : formatSci(row.paper, significantDigits(row.paper)),
    gm2: row.gm2 === 'ceiling' ? 'no band (the set only caps g)' : COVERAGE_TEXT[row.gm2],
    hubble: row.hubble.map((h) => `${h.usedByPaper ? 'paper’s' : 'thermal'}: ${h.coverage === 'fully' ? 'all' : h.coverage}`).join('; '),
  };
}

/** The caption's sentence about the comparison columns for a view. */
export function boundTableContext(data: LimitsData, state: LimitsViewState): string {
  const band = gm2Band(data, state);
  const which = state.treatment === 'symmetric' ? 'the larger end of each interval (symmetric, as the paper does)' : 'only the end of each interval on the side of that flavour’s charge (signed: upper for ν_μ, |lower| for ν_τ)';
  const gm2 = band.isCeiling
    ? `set ${band.set.id} at ${state.sigma}σ has no g−2 band (it only caps g below ${formatSci(band.upper)})`
    : `the g−2 band of set ${band.set.id} at ${state.sigma}σ for m_Z′ = ${formatShort(state.mmin)}–${formatShort(state.mmax)} MeV is g = ${formatSci(band.lower)}–${formatSci(band.upper)}`;
  return `The last columns compare g_max from ${which} with the bands: ${gm2}.`;
}
