/**
 * The Lμ−Lτ landscape as a figure descriptor (src/figures/shared/descriptor.ts): g against m_Z′,
 * log–log, with the drawn limits of src/data/zprime-limits.json, the (g−2)_μ band of eq. (6), the
 * Hubble regions and a marker at the readout mass; fragments: legend, readout, survival sentence,
 * data table.
 */
import type { FigureDescriptor } from '../shared/descriptor';
import { formatAnomaly, formatMass } from '../shared/format';
import { dataTable, legend, readout, survival } from './fragments';
import { axisMarks, bandMarks, hubbleMarks, limitMarks, markerMarks, recastMarks } from './marks';
import type { LandscapeData } from './model';
import { LANDSCAPE_G_MAX, LANDSCAPE_G_MIN, LANDSCAPE_MASS_MAX_MEV, LANDSCAPE_MASS_MIN_MEV, landscapeSchema, type LandscapeState } from './state';
import { landscapeView, type LandscapeView } from './view';

const MARGIN = { marginTop: 24, marginRight: 24, marginBottom: 44, marginLeft: 60 };
/** Below this width the axes have fewer ticks and narrow Hubble regions lose their names. */
const COMPACT_BELOW = 560;
/**
 * Text size of the chart: larger in the phone layout, whose build-time drawing (300 px wide) is
 * shown scaled down to the column (~286 px at 360 px): labels (0.9167 em) stay above 11 px there.
 */
const TEXT_SIZE = { wide: '12px', compact: '13px' };
/** Layer keys for hidden groups (a key names a drawing; an empty layer is one drawing too). */
const NO_HUBBLE: object = {};
const NO_LIMITS: readonly never[] = [];
const NO_BAND: object = {};
const NO_RECAST: object = {};

export const landscapeFigure: FigureDescriptor<LandscapeState, LandscapeData, LandscapeView> = {
  name: 'landscape',
  schema: (data) =>
    landscapeSchema(
      data.sets.map((s) => s.id),
      data.defaultSetId,
    ),
  view: landscapeView,
  size: (width) => {
    const w = Number.isFinite(width) ? Math.max(260, Math.min(760, Math.round(width))) : 760;
    return { width: w, height: w < COMPACT_BELOW ? Math.round(w * 0.85) : 480 };
  },
  chart: (view, { width, height }) => {
    const compact = width < COMPACT_BELOW;
    const margin = compact ? { ...MARGIN, marginLeft: 48, marginRight: 12 } : MARGIN;
    const band = view.band;
    const markerG = band && !band.isCeiling ? Math.min(Math.max(view.bandHere.central, LANDSCAPE_G_MIN), LANDSCAPE_G_MAX) : undefined;
    return {
      options: {
        width,
        height,
        ...margin,
        style: { background: 'transparent', color: 'currentColor', fontSize: compact ? TEXT_SIZE.compact : TEXT_SIZE.wide },
        x: { type: 'log', domain: [LANDSCAPE_MASS_MIN_MEV, LANDSCAPE_MASS_MAX_MEV] },
        y: { type: 'log', domain: [LANDSCAPE_G_MIN, LANDSCAPE_G_MAX] },
      },
      layers: [
        {
          key: view.hubble.length > 0 ? view.hubble : NO_HUBBLE,
          marks: () => [...axisMarks(compact), ...(view.hubble.length > 0 ? hubbleMarks(view.hubble, compact) : [])],
        },
        { key: view.limits.length > 0 ? view.limits : NO_LIMITS, marks: () => (view.limits.length > 0 ? limitMarks(view.limits) : []) },
        { key: view.recast ?? NO_RECAST, marks: () => (view.recast ? recastMarks(view.recast) : []) },
        { key: band ?? NO_BAND, marks: () => (band ? bandMarks(band, view.state.sigma) : []) },
        { marks: () => markerMarks(view.state.m, markerG) },
      ],
    };
  },
  describe: (view) => {
    const shown = [
      view.limits.length > 0
        ? `${view.limits.length} experimental limits (${view.limits.map((l) => l.label).join(', ')}), each excluding the region above its curve`
        : '',
      view.band ? `the ${view.state.sigma}σ (g−2)_μ ${view.band.isCeiling ? 'ceiling' : 'band'} for Δa_μ = ${formatAnomaly(view.set)}` : '',
      view.hubble.length > 0 ? 'the Hubble-tension regions as rectangles' : '',
      view.recast ? 'the neutrino-millicharge limits recast with the Z′ propagator as a band between their strongest and weakest reading' : '',
    ].filter(Boolean);
    return (
      `Log–log chart of the coupling g (10⁻¹⁴ to 10⁻¹) against the Z′ mass (1 keV to 10 GeV) showing ${shown.length > 0 ? shown.join(', ') : 'no curves'}, ` +
      `and a marker at m_Z′ = ${formatMass(view.state.m)} MeV. ${view.sentence}`
    );
  },
  fragments: { legend, readout, survival, data: dataTable },
  download: {
    columns: [
      { key: 'limit', header: 'limit_id' },
      { key: 'experiment', header: 'experiment' },
      { key: 'm', header: 'm_Zprime_MeV' },
      { key: 'g', header: 'g_upper_limit' },
      { key: 'cl', header: 'cl' },
      { key: 'arxiv', header: 'arxiv' },
      { key: 'source', header: 'points_from' },
    ],
    rows: (view) =>
      view.allLimits.flatMap((l) =>
        l.segments.flat().map(([m, g]) => ({ limit: l.id, experiment: l.experiment, m, g, cl: l.cl, arxiv: l.arxiv, source: l.source })),
      ),
    meta: (view, generatedAt) => ({
      quantity: 'Upper limits on the L_mu−L_tau gauge coupling g against the Z′ mass (region above each curve excluded), as drawn on the landscape page',
      units: 'm_Zprime in MeV; g dimensionless; cl a fraction (empty when not stated)',
      cl: view.allLimits.map((l) => `${l.cl === null ? 'not stated' : `${Math.round(l.cl * 100)}%`} (${l.label})`).join(', '),
      status: 'observed limits',
      sources: [
        { label: 'Alok, Chundawat, Mandal (the paper): eq. (6) for the (g−2) band', arxiv: '2308.05720' },
        ...view.allLimits.map((l) => ({ label: `${l.label}: ${l.citation}; points from ${l.source}`, arxiv: l.arxiv })),
      ],
      dataVersion: view.dataVersion,
      generatedAt,
      extra: { 'value set': view.set.id, sigma: String(view.state.sigma), 'band survival': view.sentence },
    }),
    fileStem: (view) => `landscape-${view.set.id}-${view.state.sigma}sigma`,
  },
  cite: (view) => ['paper', ...view.limits.map((l) => l.id), ...(view.hubble.length > 0 ? ['hubble'] : []), ...(view.recast ? ['recast'] : [])],
};
