/**
 * The validity explorer's "Show data" table and its CSV/JSON downloads: one row per decade of the
 * chart's masses plus the chosen mass, each computed exactly (not read off the drawn curves).
 * Browser-safe: plain data in, see figures/validity/view.ts.
 */
import type { ExportColumn, ExportMeta, ExportRow } from '../shared/export';
import { formatPercent, formatShort } from '../shared/format';
import { disputedText, KIND_WORD, markedLabel } from '../shared/limit-standing';
import { decades } from '../shared/log-axis';
import { VALIDITY_MASS_MAX_MEV, VALIDITY_MASS_MIN_MEV, type ValidityState } from './state';
import { selected, validityOutputs, VALIDITY_BAND_SIGMA, type ValidityData } from './view';

/** Masses of the data table, MeV: every decade of the chart plus the chosen mass, ascending. */
export function tableMasses(state: ValidityState): number[] {
  const masses = decades(VALIDITY_MASS_MIN_MEV, VALIDITY_MASS_MAX_MEV);
  if (!masses.some((m) => Math.abs(m / state.m - 1) < 1e-12)) masses.push(state.m);
  return masses.sort((a, b) => a - b);
}

/** Columns of the table, CSV and JSON. */
export const VALIDITY_COLUMNS: readonly ExportColumn[] = [
  { key: 'mZprimeMeV', header: 'm_Zprime_MeV' },
  { key: 'factorAtQMin', header: 'factor_at_qmin' },
  { key: 'factorAtQMax', header: 'factor_at_qmax' },
  { key: 'gConstant', header: 'g_max_constant_charge' },
  { key: 'gAtQMax', header: 'g_max_at_qmax' },
  { key: 'gAtQMin', header: 'g_max_at_qmin' },
  { key: 'gm2Lower', header: 'g_gm2_lower_1sigma' },
  { key: 'gm2Upper', header: 'g_gm2_upper_1sigma' },
];

/** Table / export rows for a state: one per {@link tableMasses}. */
export function validityRows(state: ValidityState, data: ValidityData): ExportRow[] {
  return tableMasses(state).map((m) => {
    const out = validityOutputs({ ...state, m }, data);
    return {
      mZprimeMeV: m,
      factorAtQMin: out.factorAtQMin,
      factorAtQMax: out.factorAtQMax,
      gConstant: out.constantBound,
      gAtQMax: out.boundAtQMax,
      gAtQMin: out.boundAtQMin,
      gm2Lower: out.band.isCeiling ? null : out.band.lower,
      gm2Upper: out.band.upper,
    };
  });
}

/** Export metadata for a state (generatedAt passed in, so the function stays pure). */
export function validityExportMeta(state: ValidityState, data: ValidityData, generatedAt: string): ExportMeta {
  const { experiment, set } = selected(state, data);
  const label = markedLabel(experiment.label, experiment);
  const reference = experiment.paperRef ? ` (paper ref. [${experiment.paperRef}])` : experiment.extraRef ? ` (site reference ${experiment.extraRef})` : '';
  const disputed = disputedText(experiment);
  return {
    quantity: `Largest coupling g allowed by ${label} for a Z′ of mass m_Z′, with the charge suppressed by Q²/(Q² + m_Z′²) (site's analysis, beyond arXiv:2308.05720)`,
    units: 'm_Zprime in MeV; factors and g dimensionless',
    cl: `${experiment.cl === null ? 'not stated' : `${formatPercent(experiment.cl)}`}${experiment.clSource ? ` (${experiment.clSource})` : ''}`,
    status: KIND_WORD[experiment.kind],
    sources: [
      { label: `${label} millicharge interval${reference}`, arxiv: experiment.arxiv },
      {
        label: `momentum transfer ${formatShort(experiment.qMinMeV)}–${formatShort(experiment.qMaxMeV)} MeV (${experiment.recoil}): ${experiment.justification}`,
      },
      { label: `(g−2) value set ${set.label}` },
    ],
    dataVersion: data.dataVersion,
    generatedAt,
    extra: {
      treatment: state.treatment,
      'g-2 band': `±${VALIDITY_BAND_SIGMA}σ`,
      'chosen mass (MeV)': String(state.m),
      ...(disputed ? { disputed } : {}),
    },
  };
}

/** Column headings of the on-page data table, in the order of {@link VALIDITY_COLUMNS}. */
export const VALIDITY_TABLE_HEADINGS: readonly string[] = [
  'm_Z′ (MeV)',
  'factor at smallest |q|',
  'factor at largest |q|',
  'g_max, constant charge',
  'g_max at largest |q|',
  'g_max at smallest |q|',
  '(g−2) g, lower (1σ)',
  '(g−2) g, upper (1σ)',
];
