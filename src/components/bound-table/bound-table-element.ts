/**
 * <bound-table>: the bound table's controller. A follower, not a figure: it writes no URL, reads the
 * state Fig. 2 (or the what-if form) writes, and rebuilds its rows (bound-table-live.ts, loaded
 * on the first change) for that state and the reader's sort order, set from the header buttons.
 */
import type { LimitsData } from '../../figures/fig2/limits-view';
import type { SortColumn, SortOrder } from '../../figures/bound-table/table';
import { lazyModule, measured } from '../shared/lazy';
import { onUrlStateChange } from '../shared/url-sync';

// The row building is needed only after the first change: loaded then.
const loadTable = lazyModule(() => import('./bound-table-live'));

class BoundTableElement extends HTMLElement {
  private data!: LimitsData;
  private sort: { column: SortColumn; order: SortOrder } = { column: 'gmaxSymmetric', order: 'none' };

  connectedCallback() {
    this.data = JSON.parse(this.dataset.limits ?? '{}') as LimitsData;
    for (const th of this.querySelectorAll<HTMLElement>('th[data-sort-column]')) {
      const label = th.querySelector('[data-sort-label]');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label?.textContent ?? '';
      button.addEventListener('click', () => void this.toggleSort(th.dataset.sortColumn as SortColumn));
      label?.replaceWith(button);
    }
    onUrlStateChange(() => void this.render());
    if (location.search) void this.render();
  }

  private async toggleSort(column: SortColumn) {
    const { nextSortOrder } = await loadTable();
    const order = this.sort.column === column ? nextSortOrder(this.sort.order) : 'ascending';
    this.sort = { column, order };
    await this.render();
    const status = this.querySelector('[data-sort-status]');
    const name = column === 'gmaxSigned' ? 'signed' : 'symmetric';
    if (status) status.textContent = `Sorted by g_max (${name}), ${order === 'ascending' ? 'smallest' : 'largest'} first.`;
  }

  /** The URL state and sort order the rows show: an unchanged view is not rebuilt. */
  private shownKey?: string;

  /** Rebuilds the rows (textContent only) for the URL state and the sort order. */
  async render() {
    const table = await loadTable();
    const state = table.parseFig2State(this.data, location.search).state;
    const key = JSON.stringify([state, this.sort]);
    if (key === this.shownKey) return;
    this.shownKey = key;
    await measured('bound-table:redraw', () => table.renderBoundTable(this, this.data, state, this.sort));
  }
}

customElements.define('bound-table', BoundTableElement);
