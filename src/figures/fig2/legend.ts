/**
 * Fig. 2's legend as fragment builders (src/figures/shared/descriptor.ts): the data's limits with
 * their checkboxes, the reader's hypothetical limits, and the g−2 band in words. Built with linkedom
 * at build time and with the page's document in the browser, so the two are the same markup.
 * Boolean attributes carry their name as value (checked="checked"): linkedom writes an empty one
 * as a bare name, the browser as name="".
 */
import { h, s } from '../shared/dom';
import { DISPUTED_WORDS, KIND_WORD, markedLabel } from '../shared/limit-standing';
import type { Fig2State } from './state';
import { bandText, legendDetail, limitStyle, standing, type Fig2View } from './view';
import type { LimitInput, LimitsData } from './limits-view';

/** What the legend builders read: the view, the state it was made for and the data's limits. */
export interface Fig2LegendView extends Fig2View {
  state: Fig2State;
  data: LimitsData;
}

/** A limit's line as a 30 × 10 swatch, in its colour, width and dash. */
function swatch(doc: Document, limit: LimitInput): SVGElement {
  const { color, width, dash, disputed } = limitStyle(limit);
  const line = s(
    doc,
    'line',
    {
      x1: 1,
      y1: 5,
      x2: 29,
      y2: 5,
      stroke: color,
      'stroke-width': width + 0.6,
      'stroke-dasharray': dash === 'none' ? undefined : dash,
      'stroke-linecap': disputed ? 'round' : undefined,
      // An empty text child: linkedom then writes <line …></line> as the browser does, not <line … />.
    },
    '',
  );
  return s(doc, 'svg', { class: 'swatch', width: 30, height: 10, 'aria-hidden': 'true' }, line);
}

/** Kind, CL and source links of a data limit: 'observed, 90% CL · arXiv:2208.02144 [74]'. */
function limitMeta(doc: Document, limit: LimitInput): HTMLElement {
  const cl = limit.cl === null ? ', CL not stated' : `, ${Math.round(limit.cl * 100)}% CL`;
  const extra = standing(limit).extraRef ? limit.reference : undefined;
  return h(
    doc,
    'span',
    { class: 'fig2-legend-meta' },
    `${KIND_WORD[limit.kind]}${cl}`,
    limit.arxiv ? ' · ' : null,
    limit.arxiv ? h(doc, 'a', { href: `https://arxiv.org/abs/${limit.arxiv}` }, `arXiv:${limit.arxiv}`) : null,
    limit.paperRef ? ` [${limit.paperRef}]` : null,
    extra ? ' · ' : null,
    extra ? h(doc, 'a', { href: extra.href, title: extra.title }, extra.label) : null,
  );
}

/**
 * The data's limits, each with its checkbox (`data-control="exp"`), swatch, name, bound under the
 * state's treatment and flavour, the reason a disputed one is disputed, and its sources. A box's
 * `checked` attribute is its default (the paper's four limits): the controller sets what is ticked.
 */
export function limitsLegend(doc: Document, { state, data }: Fig2LegendView): Element {
  const items = data.limits.map((limit) => {
    const { disputed } = standing(limit);
    return h(
      doc,
      'li',
      { 'data-limit': limit.id, class: disputed ? 'fig2-disputed' : undefined },
      h(
        doc,
        'label',
        {},
        h(doc, 'input', { type: 'checkbox', value: limit.id, checked: limit.inPaperFigure ? 'checked' : undefined, 'data-control': 'exp' }),
        ' ',
        swatch(doc, limit),
        ' ',
        h(doc, 'span', { class: 'fig2-legend-name' }, markedLabel(limit.label, standing(limit))),
      ),
      h(doc, 'span', { class: 'fig2-legend-detail', 'data-detail': true }, legendDetail(limit, state)),
      disputed ? h(doc, 'details', { class: 'fig2-legend-disputed' }, h(doc, 'summary', {}, `Why “${DISPUTED_WORDS}”`), h(doc, 'p', {}, disputed)) : null,
      limitMeta(doc, limit),
    );
  });
  return h(doc, 'ul', { class: 'fig2-legend', 'data-legend': true }, ...items);
}

/** The reader's hypothetical limits (hidden when there are none): swatch, name and bound. */
export function whatIfLegend(doc: Document, { lines, state }: Fig2LegendView): Element {
  const items = lines
    .filter((line) => line.limit.hypothetical)
    .map((line) =>
      h(
        doc,
        'li',
        { 'data-limit': line.limit.id, tabindex: 0 },
        swatch(doc, line.limit),
        ' ',
        h(doc, 'span', { class: 'fig2-legend-name' }, line.limit.label),
        h(doc, 'span', { class: 'fig2-legend-detail' }, legendDetail(line.limit, state)),
      ),
    );
  return h(
    doc,
    'ul',
    {
      class: 'fig2-legend fig2-legend-whatif',
      'aria-label': 'Hypothetical limits',
      'data-whatif-legend': true,
      hidden: items.length === 0 ? 'hidden' : undefined,
    },
    ...items,
  );
}

/** The g−2 band (or ceiling) in words, for the legend's band entry. */
export function bandLegend(doc: Document, { band, state }: Fig2LegendView): Element {
  return h(doc, 'span', { 'data-band-text': true }, bandText(band, state));
}
