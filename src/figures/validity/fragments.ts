/**
 * The validity explorer's fragments, built with any document (linkedom at build time, the page's in
 * the browser): the readout with its sentences, the swatch of the bound in the legend (the chosen
 * experiment's colour) and the "Show data" table.
 */
import { h } from '../shared/dom';
import { formatCell } from '../shared/format';
import { validityRows, VALIDITY_COLUMNS, VALIDITY_TABLE_HEADINGS } from './export';
import { boundColor } from './spec';
import { bandVerdict, regimeSentence, validityReadout, type ValidityData, type ValidityOutputs } from './view';
import type { ValidityState } from './state';

/** What the fragments and the chart show for one state. */
export interface ValidityView {
  state: ValidityState;
  data: ValidityData;
  out: ValidityOutputs;
}

/** The readout (one line per quantity, `data-readout-key` each), how |q| was estimated, the regime and the (g−2) verdict. */
export function readoutFragment(doc: Document, { state, data, out }: ValidityView): Element {
  return h(
    doc,
    'div',
    { class: 'vx-results' },
    h(
      doc,
      'dl',
      { class: 'vx-readout', 'data-readout': true },
      ...validityReadout(state, data).map((line) =>
        h(doc, 'div', {}, h(doc, 'dt', {}, line.label), h(doc, 'dd', { 'data-readout-key': line.key }, line.value)),
      ),
    ),
    h(doc, 'p', { class: 'vx-hint', 'data-justification': true }, `How |q| was estimated: ${out.experiment.justification}`),
    h(doc, 'p', { class: 'vx-sentence', 'data-regime': true }, regimeSentence(state, data)),
    h(doc, 'p', { class: 'vx-sentence', 'data-verdict': true }, bandVerdict(out, state.m)),
  );
}

/** The legend's swatch of the bound: a line in the chosen experiment's colour. */
export function swatchFragment(doc: Document, { out }: ValidityView): Element {
  return h(doc, 'span', { class: 'swatch line', style: `border-color:${boundColor(out.experiment)}` });
}

/**
 * The "Show data" table: the bounds at every decade of m_Z′ and at the chosen mass (rows of
 * {@link validityRows}); each cell names its column in `data-label` for the phone card layout.
 */
export function dataFragment(doc: Document, { state, data, out }: ValidityView): Element {
  const rows = validityRows(state, data);
  return h(
    doc,
    'div',
    { class: 'vx-table-scroll' },
    h(
      doc,
      'table',
      {},
      h(
        doc,
        'caption',
        { 'data-table-caption': true },
        `Bounds on g for ${out.experiment.label} at each decade of m`,
        h(doc, 'sub', {}, 'Z′'),
        ' and at the chosen mass',
      ),
      h(doc, 'thead', {}, h(doc, 'tr', {}, ...VALIDITY_TABLE_HEADINGS.map((heading) => h(doc, 'th', { scope: 'col' }, heading)))),
      // Each cell carries its column's name: on a phone the rows become label–value cards.
      h(
        doc,
        'tbody',
        {},
        ...rows.map((row) =>
          h(doc, 'tr', {}, ...VALIDITY_COLUMNS.map((c, i) => h(doc, 'td', { 'data-label': VALIDITY_TABLE_HEADINGS[i] ?? c.header }, formatCell(row[c.key])))),
        ),
      ),
    ),
  );
}
