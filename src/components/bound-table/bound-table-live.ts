/**
 * The browser half of the bound table (BoundTable.astro) needed only after the first URL change
 * or sort: rebuilding its rows with textContent from the same cell model the build renders
 * (src/figures/bound-table/cells.ts). Loaded lazily by the <bound-table> controller.
 */
import {
  boundTableContext,
  boundTableRows,
  nextSortOrder,
  sortBoundRows,
  type BoundTableRow,
  type SortColumn,
  type SortOrder,
} from '../../figures/bound-table/table';
import { BOUND_TABLE_COLUMNS, boundRowClass, boundTableCells, type CellPart } from '../../figures/bound-table/cells';
import type { Fig2State } from '../../figures/fig2/state';
import type { LimitsData } from '../../figures/fig2/limits-view';

export { nextSortOrder };

/** One part of a cell line, as BoundTable.astro writes it. */
function partNode(doc: Document, part: CellPart): Node {
  if (typeof part === 'string') return doc.createTextNode(part);
  let el: HTMLElement;
  if (part.details) {
    el = doc.createElement('details');
    const summary = doc.createElement('summary');
    summary.textContent = part.text;
    el.append(summary, part.details);
  } else {
    el = doc.createElement(part.href ? 'a' : 'span');
    if (part.href) el.setAttribute('href', part.href);
    el.textContent = part.text;
  }
  if (part.className) el.className = part.className;
  if (part.title && !part.details) el.title = part.title;
  return el;
}

/** One table row from its data. */
function rowElement(doc: Document, row: BoundTableRow): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  tr.dataset.key = row.key;
  const rowClass = boundRowClass(row);
  if (rowClass) tr.className = rowClass;
  const cells = boundTableCells(row);
  BOUND_TABLE_COLUMNS.forEach((column, i) => {
    const cell = cells[column.key];
    const el = doc.createElement(i === 0 ? 'th' : 'td');
    if (i === 0) el.setAttribute('scope', 'row');
    if (cell.className) el.className = cell.className;
    for (const line of cell.lines) {
      const div = doc.createElement('div');
      div.className = 'cell-line';
      div.append(...line.map((part) => partNode(doc, part)));
      el.append(div);
    }
    tr.append(el);
  });
  return tr;
}

/**
 * Rebuilds the table's context line, sort indicators and rows for a state and sort order.
 * @param root the <bound-table> element
 */
export function renderBoundTable(root: Element, data: LimitsData, state: Fig2State, sort: { column: SortColumn; order: SortOrder }): void {
  const doc = root.ownerDocument;
  const rows = sortBoundRows(boundTableRows(data, state), sort.column, sort.order);
  const context = root.querySelector('[data-context]');
  const text = boundTableContext(data, state);
  if (context && context.textContent !== text) context.textContent = text;
  for (const th of root.querySelectorAll<HTMLElement>('th[data-sort-column]')) {
    const column = th.dataset.sortColumn;
    th.setAttribute('aria-sort', column === sort.column ? sort.order : 'none');
    th.classList.toggle('active', (column === 'gmaxSigned') === (state.treatment === 'signed'));
  }
  root.querySelector('[data-rows]')?.replaceChildren(...rows.map((row) => rowElement(doc, row)));
}
