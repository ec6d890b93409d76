/**
 * The bound table's rows as one builder for both sides: BoundTable.astro renders it with linkedom at
 * build time, bound-table-live.ts with the page's document after a URL change or a sort, so the two
 * cannot drift apart. Text only through text nodes (src/figures/shared/dom.ts).
 */
import { h, type Child } from '../shared/dom';
import { BOUND_TABLE_COLUMNS, boundRowClass, boundTableCells, type CellPart } from './cells';
import type { BoundTableRow } from './table';

/** One part of a cell line: text, a disclosure, a link or a classed/titled span. */
function partNode(doc: Document, part: CellPart): Child {
  if (typeof part === 'string') return part;
  if (part.details) return h(doc, 'details', { class: part.className }, h(doc, 'summary', {}, part.text), part.details);
  if (part.href) return h(doc, 'a', { href: part.href, class: part.className, title: part.title }, part.text);
  return h(doc, 'span', { class: part.className, title: part.title }, part.text);
}

/**
 * One table row: the experiment as row header, then a cell per column, each line a block. Each data
 * cell names its column (`data-label`): narrow screens show the rows as cards, a cell as a
 * label–value line (BoundTable.astro).
 */
function rowElement(doc: Document, row: BoundTableRow): Element {
  const cells = boundTableCells(row);
  return h(
    doc,
    'tr',
    { 'data-key': row.key, class: boundRowClass(row) },
    ...BOUND_TABLE_COLUMNS.map((column, i) => {
      const cell = cells[column.key];
      const lines = cell.lines.map((line) => h(doc, 'div', { class: 'cell-line' }, ...line.map((part) => partNode(doc, part))));
      const attributes = i === 0 ? { scope: 'row', class: cell.className } : { class: cell.className, 'data-label': column.title };
      return h(doc, i === 0 ? 'th' : 'td', attributes, ...lines);
    }),
  );
}

/** The table body (`<tbody data-rows>`) for rows in the order given. */
export function boundTableBody(doc: Document, rows: readonly BoundTableRow[]): Element {
  return h(doc, 'tbody', { 'data-rows': true }, ...rows.map((row) => rowElement(doc, row)));
}
