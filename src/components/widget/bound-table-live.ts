/**
 * The browser half of the bound table (BoundTable.astro) needed only after the first URL change
 * or sort: rebuilding its rows with textContent. Loaded lazily by the <bound-table> controller.
 */
import { boundTableCells, boundTableContext, boundTableRows, nextSortOrder, sortBoundRows, type BoundTableCells, type BoundTableRow, type SortColumn, type SortOrder } from '../../figures/bound-table';
import type { Fig2State } from '../../figures/fig2-state';
import type { LimitsData } from '../../figures/limits-view';

export { nextSortOrder };

/** One table row from its data and formatted cells. */
function rowElement(row: BoundTableRow, c: BoundTableCells): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.key = row.key;
  if (row.hypothetical) tr.className = 'hypothetical';
  const cell = (tag: 'td' | 'th', text: string, className?: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (className) el.className = className;
    if (tag === 'th') el.scope = 'row';
    tr.append(el);
    return el;
  };
  cell('th', c.label);
  cell('td', c.flavor);
  cell('td', c.gmaxSymmetric, 'num');
  const signed = cell('td', c.gmaxSigned, row.differs ? 'num differs' : 'num');
  if (row.differs) {
    const mark = document.createElement('span');
    mark.className = 'differs-mark';
    mark.title = 'differs from the symmetric bound';
    mark.textContent = ' ≠';
    signed.append(mark);
  }
  cell('td', c.paper, 'num');
  cell('td', c.gm2);
  cell('td', c.hubble);
  cell('td', c.interval, 'num');
  cell('td', `${c.kind}, ${c.cl === 'not stated' ? 'CL not stated' : `${c.cl} CL`}`);
  const source = cell('td', row.arxiv ? '' : 'your input');
  if (row.arxiv) {
    const link = document.createElement('a');
    link.href = `https://arxiv.org/abs/${row.arxiv}`;
    link.textContent = `arXiv:${row.arxiv}${row.paperRef ? ` [${row.paperRef}]` : ''}`;
    source.append(link);
  }
  return tr;
}

/**
 * Rebuilds the table's context line, sort indicators and rows for a state and sort order.
 * @param root the <bound-table> element
 */
export function renderBoundTable(root: Element, data: LimitsData, state: Fig2State, sort: { column: SortColumn; order: SortOrder }): void {
  const rows = sortBoundRows(boundTableRows(data, state), sort.column, sort.order);
  const context = root.querySelector('[data-context]');
  const text = boundTableContext(data, state);
  if (context && context.textContent !== text) context.textContent = text;
  for (const th of root.querySelectorAll<HTMLElement>('th[data-sort-column]')) {
    const column = th.dataset.sortColumn;
    th.setAttribute('aria-sort', column === sort.column ? sort.order : 'none');
    th.classList.toggle('active', (column === 'gmaxSigned') === (state.treatment === 'signed'));
  }
  root.querySelector('[data-rows]')?.replaceChildren(...rows.map((row) => rowElement(row, boundTableCells(row))));
}
