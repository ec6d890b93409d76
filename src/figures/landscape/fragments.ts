/**
 * The landscape's fragments, built with any document (linkedom at build time, the page's in the
 * browser): the legend, the readout at the chosen mass, the survival sentence and the data table.
 */
import { h } from '../shared/dom';
import { formatAnomaly, formatMass, formatPercent, formatSci } from '../shared/format';
import { LANDSCAPE_BAND_COLOR, LANDSCAPE_HUBBLE_COLOR, LANDSCAPE_RECAST_COLOR, LANDSCAPE_RECAST_DASH } from './looks';
import type { LandscapeLimit } from './curves';
import type { LandscapeView } from './view';

/**
 * A repeating gradient that draws an SVG dash pattern ('9,3': 9 px on, 3 px off) along a line.
 * @param dash SVG stroke-dasharray in px, or 'none' for a solid line
 */
export function dashGradient(color: string, dash: string): string {
  const lengths = dash === 'none' ? [] : dash.split(',').map(Number);
  if (lengths.length === 0) return `linear-gradient(${color}, ${color})`;
  // An odd count repeats once more, as SVG does.
  const runs = lengths.length % 2 === 1 ? [...lengths, ...lengths] : lengths;
  let at = 0;
  const stops = runs.map((length, i) => {
    const stop = `${i % 2 === 0 ? color : 'transparent'} ${at}px ${at + length}px`;
    at += length;
    return stop;
  });
  return `repeating-linear-gradient(90deg, ${stops.join(', ')})`;
}

/**
 * A swatch in a curve's colour and dash: an HTML span styled inline (an SVG swatch would not serialise
 * alike in linkedom and the browser: empty SVG elements self-close in one, not the other). `fill`
 * adds the lightly filled box of a band or region behind the line.
 */
function swatch(doc: Document, color: string, dash: string, fill?: string): HTMLElement {
  const line = `${dashGradient(color, dash)} center / 100% 2px no-repeat`;
  const style = `background: ${fill ? `${line}, color-mix(in srgb, ${fill} 35%, transparent)` : line}`;
  return h(doc, 'span', { class: 'landscape-swatch', 'aria-hidden': 'true', style });
}

function arxivLink(doc: Document, id: string): HTMLElement {
  return h(doc, 'a', { href: `https://arxiv.org/abs/${id}` }, `arXiv:${id}`);
}

/** A limit's CL in words. */
function clText(limit: LandscapeLimit): string {
  if (limit.cl === null) return 'CL not stated';
  return `${formatPercent(limit.cl)} ${limit.credible ? 'credibility level (Bayesian)' : 'CL'}`;
}

/** The legend: each drawn curve with experiment, CL, publication and data source; then the band and Hubble regions. */
export function legend(doc: Document, view: LandscapeView): Element {
  const items = view.limits.map((limit) =>
    h(
      doc,
      'li',
      { 'data-curve': limit.id },
      swatch(doc, limit.color, limit.dash),
      h(doc, 'strong', {}, limit.label),
      ` — ${limit.experiment}, ${clText(limit)}, `,
      arxivLink(doc, limit.arxiv),
      limit.reference ? ' ' : null,
      limit.reference ? h(doc, 'a', { href: limit.reference.href, title: limit.reference.title }, limit.reference.label) : null,
      h(doc, 'span', { class: 'landscape-source' }, `; points: ${limit.source}`),
    ),
  );
  if (view.band) {
    items.push(
      h(
        doc,
        'li',
        { 'data-curve': 'band' },
        swatch(doc, LANDSCAPE_BAND_COLOR, view.band.isCeiling ? '10,3' : 'none', LANDSCAPE_BAND_COLOR),
        h(doc, 'strong', {}, `(g−2)_μ ${view.band.isCeiling ? 'ceiling' : 'band'}, ${view.state.sigma}σ`),
        ' — ',
        h(doc, 'a', { href: view.links.eq6 }, 'eq. (6)'),
        ` for Δa_μ = ${formatAnomaly(view.set)} (set ${view.set.id}), computed on this site`,
      ),
    );
  }
  if (view.hubble.length > 0) {
    items.push(
      h(
        doc,
        'li',
        { 'data-curve': 'hubble' },
        swatch(doc, LANDSCAPE_HUBBLE_COLOR, 'none', LANDSCAPE_HUBBLE_COLOR),
        h(doc, 'strong', {}, 'Hubble regions'),
        ` — couplings that ease the Hubble tension (paper ref. [${[...new Set(view.hubble.map((r) => r.paperRef))].join('], [')}]); filled: the one the paper uses`,
      ),
    );
  }
  if (view.recast) {
    items.push(
      h(
        doc,
        'li',
        { 'data-curve': 'recast' },
        swatch(doc, LANDSCAPE_RECAST_COLOR, LANDSCAPE_RECAST_DASH, LANDSCAPE_RECAST_COLOR),
        h(doc, 'strong', {}, 'Millicharge limits, recast'),
        ` — the site's estimate: the strongest of ${view.recast.limits.map((l) => l.label).join(', ')} with the Z′ propagator, between its reading at the largest and the smallest momentum transfer of each measurement (`,
        h(doc, 'a', { href: view.links.validity }, 'validity page'),
        ')',
      ),
    );
  }
  if (items.length === 0) items.push(h(doc, 'li', { 'data-curve': 'none' }, 'Nothing shown: tick a group above.'));
  return h(doc, 'ul', { class: 'landscape-legend' }, ...items);
}

/** The readout at the chosen mass: each limit's g there (or no bound), the band there, and the verdict. */
export function readout(doc: Document, view: LandscapeView): Element {
  const { state, bandHere, lowestHere } = view;
  const row = (label: string, value: string, attrs: Record<string, string> = {}) => h(doc, 'div', attrs, h(doc, 'dt', {}, label), h(doc, 'dd', {}, value));
  const bandText = bandHere.isCeiling
    ? `no band (Δa_μ consistent with zero at ${state.sigma}σ); g below ${formatSci(bandHere.upper, 3)}`
    : `${formatSci(bandHere.lower, 3)} to ${formatSci(bandHere.upper, 3)}`;
  const verdict = bandHere.isCeiling
    ? 'no band to close at this σ'
    : view.survivesHere
      ? lowestHere
        ? `survives: its lower edge lies below the strongest drawn limit here (${formatSci(lowestHere.g, 3)})`
        : 'survives: no drawn limit covers this mass'
      : `excluded: the drawn limits reach ${formatSci(lowestHere!.g, 3)}, below the band's lower edge`;
  return h(
    doc,
    'dl',
    { class: 'landscape-readout', 'data-readout': true },
    row('Z′ mass', `${formatMass(state.m)} MeV`),
    ...view.readings.map((r) => row(r.limit.label, r.g === undefined ? 'no bound here' : `g < ${formatSci(r.g, 3)}`, { 'data-limit': r.limit.id })),
    view.recastHere
      ? row('Millicharge limits, recast', `g < ${formatSci(view.recastHere.best, 3)} to ${formatSci(view.recastHere.worst, 3)}`, { 'data-limit': 'recast' })
      : null,
    row(`(g−2)_μ band, ${state.sigma}σ`, bandText),
    row('The band here', verdict, { 'data-verdict': bandHere.isCeiling ? 'ceiling' : view.survivesHere ? 'survives' : 'excluded' }),
  );
}

/** The survival sentence, computed from the data. */
export function survival(doc: Document, view: LandscapeView): Element {
  return h(doc, 'p', { class: 'landscape-survival', 'data-survival': view.isCeiling ? 'ceiling' : String(view.windows.length) }, view.sentence);
}

/** "Show data": every drawn curve's points. */
export function dataTable(doc: Document, view: LandscapeView): Element {
  return h(
    doc,
    'table',
    {},
    h(doc, 'caption', {}, 'Points of every drawn limit (m_Z′ in MeV, g); the region above each curve is excluded'),
    h(doc, 'thead', {}, h(doc, 'tr', {}, ...['limit', 'm_Z′ (MeV)', 'g'].map((text) => h(doc, 'th', { scope: 'col' }, text)))),
    h(
      doc,
      'tbody',
      {},
      ...view.allLimits.flatMap((limit) =>
        limit.segments.flat().map(([m, g]) => h(doc, 'tr', {}, h(doc, 'td', {}, limit.label), h(doc, 'td', {}, String(m)), h(doc, 'td', {}, String(g)))),
      ),
    ),
  );
}
