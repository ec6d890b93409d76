/**
 * The bound table: per limit and flavour, the interval on q_ν, its coupling bound g_max under
 * both treatments (couplingBound), what the paper quotes, the site's joint μ–τ estimate, and how
 * much of the g−2 band and of the Hubble regions the bound excludes, in two readings (the paper's
 * at q² = 0 and the momentum-dependent one, figures/bound-table/readings.ts). Pure and Plot-free: the build
 * renders it and the browser controller re-renders it when the shared URL state changes; both
 * draw the same cell model (TableCell).
 */
import { gm2BandEdges, jointCouplingFactor, solarFlavorProbabilities } from '../../physics/index';
import { bandReadings, type BandReadings } from './readings';
import { formatShort, formatSci } from '../shared/format';
import { allLimits, boundRows, gm2Band, type Flavor, type LimitsData, type LimitsViewState } from '../fig2/limits-view';

/** Relative difference above which the signed and symmetric bounds count as different. */
const DIFFERS = 1e-9;

/** What the table says of a limit the paper quotes although its sources contradict it. */
export const DISPUTED_TEXT = 'as quoted by the paper, disputed';

/** A Hubble region's readings, with the short name the table gives the region. */
export interface HubbleReadings {
  id: string;
  label: string;
  usedByPaper: boolean;
  readings: BandReadings;
}

/** One row of the table, numbers unformatted. */
export interface BoundTableRow {
  key: string;
  label: string;
  flavor: Flavor;
  lower: number;
  upper: number;
  cl: number | null;
  clSource?: string;
  kind: string;
  gmaxSigned: number;
  gmaxSymmetric: number;
  /** g_max under the view's treatment. */
  gmax: number;
  /** True when the signed bound differs from the symmetric one (an asymmetric interval). */
  differs: boolean;
  /** The coupling bound the paper quotes, or null. */
  paper: number | null;
  /** g_max of the joint μ–τ reading (view's treatment) for a solar-neutrino limit, else null. */
  joint: number | null;
  /** Both readings against the g−2 band over the view's masses; 'ceiling' when the set has no band. */
  gm2: BandReadings | 'ceiling';
  /** Both readings against each Hubble region over its own masses. */
  hubble: HubbleReadings[];
  arxiv?: string;
  paperRef?: number;
  reference?: { label: string; href: string; title: string };
  disputed?: string;
  hypothetical: boolean;
}

/** The rows for a view: every data limit, then the hypothetical ones, each per flavour. */
export function boundTableRows(data: LimitsData, state: LimitsViewState): BoundTableRow[] {
  const band = gm2Band(data, state);
  const set = band.set;
  const edges = gm2BandEdges(set, state.sigma);
  const masses = { min: state.mmin, max: state.mmax };
  const solar = solarFlavorProbabilities(data.solar.survivalEe, data.solar.sin2Theta23);
  return boundRows(allLimits(data, state), state.treatment).map((row) => {
    const { limit } = row;
    const joint = !limit.hypothetical && data.solar.limitIds.includes(limit.id) ? row.gmax * jointCouplingFactor(solar, row.flavor) : null;
    return {
      key: row.key,
      label: limit.label,
      flavor: row.flavor,
      lower: limit.lower,
      upper: limit.upper,
      cl: limit.cl,
      clSource: limit.clSource,
      kind: limit.kind,
      gmaxSigned: row.gmaxSigned,
      gmaxSymmetric: row.gmaxSymmetric,
      gmax: row.gmax,
      differs: Math.abs(row.gmaxSigned - row.gmaxSymmetric) > DIFFERS * row.gmaxSymmetric,
      paper: limit.paperCouplingBound,
      joint,
      gm2: band.isCeiling ? 'ceiling' : bandReadings(row.gmax, limit, edges, masses),
      hubble: data.hubble.map((h) => ({
        id: h.id,
        label: h.label,
        usedByPaper: h.usedByPaper,
        readings: bandReadings(row.gmax, limit, { lower: h.min, upper: h.max }, h.masses),
      })),
      arxiv: limit.arxiv,
      paperRef: limit.paperRef,
      reference: limit.reference,
      disputed: limit.disputed,
      hypothetical: limit.hypothetical,
    };
  });
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

/** The caption's sentence about the comparison columns for a view. */
export function boundTableContext(data: LimitsData, state: LimitsViewState): string {
  const band = gm2Band(data, state);
  const which =
    state.treatment === 'symmetric'
      ? 'the larger end of each interval (symmetric, as the paper does)'
      : 'only the end of each interval on the side of that flavour’s charge (signed: upper for ν_μ, |lower| for ν_τ)';
  const gm2 = band.isCeiling
    ? `set ${band.set.id} at ${state.sigma}σ has no g−2 band (it only caps g below ${formatSci(band.upper)})`
    : `the g−2 band of set ${band.set.id} at ${state.sigma}σ for m_Z′ = ${formatShort(state.mmin)}–${formatShort(state.mmax)} MeV is g = ${formatSci(band.lower)}–${formatSci(band.upper)}`;
  return `The last columns compare g_max from ${which} with the bands, mass by mass: ${gm2}.`;
}
