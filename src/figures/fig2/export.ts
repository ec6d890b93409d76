/**
 * The data behind one Fig. 2 view, as rows for CSV/JSON downloads and the "Show data" table:
 * the model line, each drawn limit (its interval, |q_ν| cap and g_max), the g−2 band and the
 * Hubble regions. Plot-free.
 */
import { displayCell, formatPercent } from '../shared/format';
import { buildCsv, buildJson, type ExportColumn, type ExportMeta, type ExportRow } from '../shared/export';
import type { Fig2State } from './state';
import { lineFlavorText, standing, type Fig2View } from './view';
import { DISPUTED_WORDS, disputedText, KIND_WORD, markedLabel } from '../shared/limit-standing';
import type { LimitsData } from './limits-view';

/** Columns of the Fig. 2 export (numbers: g dimensionless, charges in units of e). */
export const FIG2_COLUMNS: readonly ExportColumn[] = [
  { key: 'series', header: 'series' },
  { key: 'label', header: 'label' },
  { key: 'flavor', header: 'flavor' },
  { key: 'g', header: 'g' },
  { key: 'q_abs', header: 'abs_q_nu_e' },
  { key: 'g_low', header: 'g_low' },
  { key: 'g_high', header: 'g_high' },
  { key: 'q_lower', header: 'interval_lower_e' },
  { key: 'q_upper', header: 'interval_upper_e' },
  { key: 'cl', header: 'CL' },
  { key: 'cl_source', header: 'CL_source' },
  { key: 'status', header: 'status' },
  { key: 'disputed', header: 'disputed' },
  { key: 'source', header: 'source' },
];

/**
 * Columns of the on-page "Show data" table: the export's, less the CL sources (sentences that
 * would make the table unreadable; the bound table and the downloads carry them).
 */
export const FIG2_TABLE_COLUMNS: readonly ExportColumn[] = FIG2_COLUMNS.filter((c) => c.key !== 'cl_source');

/**
 * A cell of the on-page table: as displayCell, but the disputed column says only
 * 'as quoted by the paper, disputed' (its reason, a paragraph, is in the legend and the downloads).
 */
export function fig2Cell(value: number | string | boolean | null | undefined, key: string): string {
  return key === 'disputed' && value ? DISPUTED_WORDS : displayCell(value);
}

/** Points of the model line written to the export: one per decade of g, 10⁻¹² … 10⁻². */
const MODEL_DECADES = Array.from({ length: 11 }, (_, i) => 10 ** (-12 + i));

/** Rows of a Fig. 2 view: model points, limits (g = g_max, |q| = cap), bands. */
export function fig2Rows(view: Fig2View): ExportRow[] {
  const rows: ExportRow[] = MODEL_DECADES.map((g) => ({ series: 'model', label: '|q_nu| = k g^2 (eq. 8)', flavor: 'mu, tau', g, q_abs: view.k * g * g }));
  for (const line of view.lines) {
    const { clSource } = standing(line.limit);
    rows.push({
      series: line.limit.hypothetical ? 'hypothetical limit' : 'limit',
      label: markedLabel(line.limit.label, standing(line.limit)),
      flavor: lineFlavorText(line),
      g: line.gmax,
      q_abs: line.cap,
      q_lower: line.limit.lower,
      q_upper: line.limit.upper,
      cl: line.limit.cl,
      cl_source: line.limit.hypothetical ? 'reader input' : (clSource ?? null),
      status: KIND_WORD[line.limit.kind],
      disputed: disputedText(standing(line.limit)) || null,
      source: line.limit.arxiv ? `arXiv:${line.limit.arxiv}` : 'reader input',
    });
  }
  const { band } = view;
  rows.push({
    series: band.isCeiling ? 'g-2 ceiling' : 'g-2 band',
    label: band.set.label,
    g_low: band.isCeiling ? null : band.lower,
    g_high: band.upper,
    source: band.set.arxiv.map((id) => `arXiv:${id}`).join(' '),
  });
  for (const h of view.hubble) {
    rows.push({
      series: h.usedByPaper ? 'Hubble (paper)' : 'Hubble (not used by the paper)',
      label: h.label,
      g_low: h.min,
      g_high: h.max,
      source: h.arxiv ? `arXiv:${h.arxiv}` : '',
    });
  }
  return rows;
}

/** Metadata of a Fig. 2 export: what, units, CLs, status, sources, data version, view state. */
export function fig2Meta(view: Fig2View, state: Fig2State, data: LimitsData, generatedAt: string): ExportMeta {
  const cls = view.lines.map((l) => `${l.limit.short}: ${l.limit.cl === null ? 'not stated' : `${formatPercent(l.limit.cl)}`}`);
  const kinds = [...new Set(view.lines.map((l) => (l.limit.hypothetical ? `hypothetical ${KIND_WORD[l.limit.kind]}` : KIND_WORD[l.limit.kind])))];
  const disputed = view.lines.filter((l) => standing(l.limit).disputed).map((l) => `${l.limit.short}: ${disputedText(standing(l.limit))}`);
  const sources = [
    { label: 'Alok, Chundawat, Mandal (the paper)', arxiv: '2308.05720' },
    ...view.lines.filter((l) => l.limit.arxiv).map((l) => ({ label: markedLabel(l.limit.label, standing(l.limit)), arxiv: l.limit.arxiv })),
    ...view.band.set.arxiv.map((id) => ({ label: `g-2 set ${view.band.set.id}`, arxiv: id })),
    ...view.hubble.filter((h) => h.arxiv).map((h) => ({ label: `Hubble region ${h.id}`, arxiv: h.arxiv })),
  ];
  return {
    quantity: 'Fig. 2 of arXiv:2308.05720: neutrino millicharge |q_nu| against the L_mu-L_tau coupling g, limits and bands',
    units: 'g dimensionless; q_nu in units of e',
    cl: cls.join('; ') || 'no limit shown',
    status: kinds.join(', ') || 'no limit shown',
    sources,
    dataVersion: data.dataVersion,
    generatedAt,
    extra: {
      treatment: state.treatment,
      flavor: state.flavor,
      'g-2 band': `set ${state.set}, ${state.sigma} sigma, m_Z' ${state.mmin}-${state.mmax} MeV`,
      'charge per g^2': String(view.k),
      ...(disputed.length ? { disputed: disputed.join('; ') } : {}),
    },
  };
}

/** CSV text of a Fig. 2 view. */
export function fig2Csv(view: Fig2View, state: Fig2State, data: LimitsData, generatedAt: string): string {
  return buildCsv(fig2Meta(view, state, data, generatedAt), FIG2_COLUMNS, fig2Rows(view));
}

/** JSON text of a Fig. 2 view. */
export function fig2Json(view: Fig2View, state: Fig2State, data: LimitsData, generatedAt: string): string {
  return buildJson(fig2Meta(view, state, data, generatedAt), FIG2_COLUMNS, fig2Rows(view));
}

/** File-name stem of a view: 'fig2-both-symmetric-2023-paper-1sigma'. */
export function fig2FileStem(state: Fig2State): string {
  return `fig2-${state.flavor}-${state.treatment}-${state.set}-${state.sigma}sigma`;
}
