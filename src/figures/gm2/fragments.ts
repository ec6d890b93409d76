/**
 * The g−2 explorer's fragments: readout, legend and the two "Show data" tables, each one builder
 * `(doc, view) => Element` (src/figures/shared/descriptor.ts) that the build runs with linkedom and
 * the browser with the page's document, so both show the same markup.
 */
import { h, s } from '../shared/dom';
import { formatCoupling, formatMass } from '../shared/format';
import { weakMemo } from '../shared/memo';
import { shownBounds } from './model';
import { boundCells, gm2BandRows, gm2Legend, ratioCells, TABLE_MASSES_MEV, type LegendItem } from './table';
import type { Gm2View } from './descriptor';

/** The readout: the summary sentence and one line per shown bound (with its verdict as a hook). */
export function readoutFragment(doc: Document, { readout }: Gm2View): Element {
  return h(
    doc,
    'div',
    { class: 'gm2-readout', 'data-readout': true },
    h(doc, 'p', { 'data-summary': true }, readout.summary),
    h(doc, 'ul', { 'data-comparisons': true }, ...readout.comparisons.map((c) => h(doc, 'li', { 'data-verdict': c.verdict }, c.text))),
  );
}

/** A legend swatch: a filled (or, dashed, outlined) area, or a line in the entry's dash pattern. */
function drawSwatch(doc: Document, item: LegendItem): Element {
  const shape =
    item.swatch === 'area'
      ? s(doc, 'rect', {
          x: 1,
          y: 1,
          width: 26,
          height: 10,
          fill: item.color,
          'fill-opacity': item.dash ? '0.08' : '0.45',
          stroke: item.color,
          'stroke-width': item.dash ? '1.6' : undefined,
          'stroke-dasharray': item.dash,
        })
      : s(doc, 'line', {
          x1: 1,
          y1: 6,
          x2: 27,
          y2: 6,
          stroke: item.color,
          'stroke-width': '2.5',
          'stroke-dasharray': item.dash,
          'stroke-linecap': item.linecap,
        });
  return s(doc, 'svg', { class: 'gm2-swatch', viewBox: '0 0 28 12', width: 28, height: 12, 'aria-hidden': 'true' }, shape);
}

/** Swatches per document and look, built once: a legend redraw (a new value set, flavour…) copies them. */
const swatches = weakMemo(drawSwatch, (item) => [item.swatch, item.color, item.dash, item.linecap].join('|'));

/** A copy of an entry's swatch. */
function swatch(doc: Document, item: LegendItem): Element {
  return swatches(doc, item).cloneNode(true) as Element;
}

/** The legend: band, Hubble regions, then the bounds strongest first (gm2Legend). */
export function legendFragment(doc: Document, { state, data }: Gm2View): Element {
  return h(
    doc,
    'ul',
    { class: 'gm2-legend', 'data-legend': true, 'aria-label': 'Legend' },
    ...gm2Legend(state, data).map((item) => h(doc, 'li', {}, swatch(doc, item), h(doc, 'span', {}, item.text))),
  );
}

/** A header cell of `text`, with `sub` as a subscript after `before` ('g' + 'max' + ' at q² = 0'). */
function th(doc: Document, before: string, sub?: string, after = ''): Element {
  return h(doc, 'th', { scope: 'col' }, before, sub && h(doc, 'sub', {}, sub), after);
}

/** The band at the table's masses (two per decade): g lower, central, upper. */
export function bandTableFragment(doc: Document, { state, data }: Gm2View): Element {
  return h(
    doc,
    'table',
    { 'data-band-table': true },
    h(doc, 'caption', {}, 'Couplings explaining Δa', h(doc, 'sub', {}, 'μ'), ' at selected masses'),
    h(doc, 'thead', {}, h(doc, 'tr', {}, th(doc, 'm', 'Z′', ' (MeV)'), th(doc, 'g lower'), th(doc, 'g central'), th(doc, 'g upper'))),
    h(
      doc,
      'tbody',
      {},
      ...gm2BandRows(state, data, TABLE_MASSES_MEV).map((r) =>
        h(
          doc,
          'tr',
          {},
          h(doc, 'td', {}, formatMass(r.m_Zprime_MeV as number)),
          ...[r.g_lower, r.g_central, r.g_upper].map((g) => h(doc, 'td', {}, formatCoupling(g))),
        ),
      ),
    ),
  );
}

/** The bounds shown: name, kind, g_max at q² = 0 and needed g / g_max at the marker, at q² = 0 and with the Z′ propagator. */
export function boundTableFragment(doc: Document, { state, data, readout }: Gm2View): Element {
  const bounds = shownBounds(data.limits, state.flavor, state.treatment);
  return h(
    doc,
    'table',
    { 'data-bound-table': true },
    h(doc, 'caption', {}, 'Millicharge bounds shown, and the needed g at the marker over each bound'),
    h(
      doc,
      'thead',
      {},
      h(
        doc,
        'tr',
        {},
        th(doc, 'Limit'),
        th(doc, 'Kind'),
        th(doc, 'g', 'max', ' at q² = 0'),
        th(doc, 'Needed g / g', 'max', ', q² = 0'),
        th(doc, 'Needed g / g', 'max', ' with the Z′ propagator'),
      ),
    ),
    h(
      doc,
      'tbody',
      {},
      ...bounds.map((b, i) => {
        const cells = boundCells(b.limit);
        const [atZero, withPropagator] = ratioCells(readout.comparisons[i]);
        return h(
          doc,
          'tr',
          { class: cells.disputed ? 'gm2-disputed' : undefined },
          h(doc, 'td', {}, cells.name),
          h(doc, 'td', {}, cells.kind),
          h(doc, 'td', {}, formatCoupling(b.gMax)),
          h(doc, 'td', { 'data-ratio': 'zero' }, atZero),
          h(doc, 'td', { 'data-ratio': 'propagator' }, withPropagator),
        );
      }),
    ),
  );
}
