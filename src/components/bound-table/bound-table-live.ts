/**
 * The browser half of the bound table (BoundTable.astro) needed only after the first URL change
 * or sort: its rows rebuilt by the builder the build uses (src/figures/bound-table/rows.ts).
 * Loaded lazily by the <bound-table> controller (bound-table-element.ts).
 */
import { boundTableContext, boundTableRows, nextSortOrder, sortBoundRows, type SortColumn, type SortOrder } from '../../figures/bound-table/table';
import { boundTableBody } from '../../figures/bound-table/rows';
import type { Fig2State } from '../../figures/fig2/state';
import type { LimitsData } from '../../figures/fig2/limits-view';

export { nextSortOrder };
export { parseFig2State } from '../../figures/fig2/state';

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
  root.querySelector('[data-rows]')?.replaceChildren(...boundTableBody(root.ownerDocument, rows).children);
}
