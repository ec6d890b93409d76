/**
 * <fig2-widget>: Fig. 2's controller. The shared FigureElement does the URL, the controls and the
 * redraws of src/figures/fig2/descriptor.ts; this adds what only Fig. 2 has: the reader's
 * hypothetical limits and the lowest ≤ highest mass rule read with the URL (parseFig2State), the
 * mass pair check on typing, the limits' checkboxes inside the redrawn legend, and the
 * highlighting of a limit's lines while its legend entry is hovered or focused.
 */
import { FigureElement } from '../shared/figure-element';
import { lazyModule } from '../shared/lazy';
import type { Schema } from '../../figures/shared/url-state';
import type { Fig2State } from '../../figures/fig2/state';
import type { LimitsData } from '../../figures/fig2/limits-view';
import type { Fig2FigureView } from '../../figures/fig2/descriptor';

// The figure code, and parseFig2State with it: the state is read only once the figure code is here.
const load = lazyModule(() => import('./fig2-live'));

/** The legend entries whose hover or focus highlights a limit. */
const LEGEND_ITEM = '[data-legend] li, [data-whatif-legend]';

class Fig2Widget extends FigureElement<Fig2State, LimitsData, Fig2FigureView> {
  /** The checkboxes FigureElement bound when connected (the legend's later copies are handled here). */
  private boundBoxes = new Set<Element>();

  /** Reads a query string with the mass-range rule (from the lazily loaded module). */
  private parse?: Awaited<ReturnType<typeof load>>['parseFig2State'];

  protected async load() {
    const module = await load();
    this.parse = module.parseFig2State;
    return module.live;
  }

  connectedCallback(): void {
    super.connectedCallback();
    for (const box of this.controls('exp')) this.boundBoxes.add(box);
    // The legend is redrawn when the treatment or flavour changes; its new checkboxes report here.
    this.addEventListener('change', (event) => {
      const box = event.target as Element;
      if (!box.matches('input[data-control="exp"]') || this.boundBoxes.has(box)) return;
      void this.commit({ exp: this.ticked() });
    });
    for (const [type, on] of [
      ['pointerover', true],
      ['focusin', true],
      ['pointerout', false],
      ['focusout', false],
    ] as const) {
      this.addEventListener(type, (event) => this.highlight(on ? (event.target as Element).closest(LEGEND_ITEM) : null));
    }
    this.scrollToAnomaly();
  }

  // FigureElement reads the state only after load().
  protected readState(_schema: Schema<Fig2State>, search: string) {
    return this.parse!(this.data, search);
  }

  protected checkState(state: Fig2State) {
    return state.mmin > state.mmax ? { control: 'mmax', message: 'The highest mass must not be below the lowest mass.' } : undefined;
  }

  /**
   * After a redraw the legend may hold new checkboxes: they show the state, not their default. A
   * highlight ends with the redraw (as when the chart was replaced whole): the redrawn limits are new.
   */
  protected async redraw(...args: Parameters<FigureElement<Fig2State, LimitsData, Fig2FigureView>['redraw']>): Promise<void> {
    await super.redraw(...args);
    this.highlight(null);
    const exp = this.state!.exp;
    for (const box of this.controls('exp')) (box as HTMLInputElement).checked = exp.includes(box.value);
  }

  private ticked(): string[] {
    return this.controls('exp')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => box.value);
  }

  /** Highlights the lines of the limit whose legend entry holds `item` (none when null). */
  private highlight(item: Element | null): void {
    const svg = this.querySelector('[data-chart] svg');
    if (!svg) return;
    const id = item?.closest<HTMLElement>('[data-limit]')?.dataset.limit;
    svg.classList.toggle('has-highlight', Boolean(id));
    for (const el of svg.querySelectorAll('.is-highlighted')) el.classList.remove('is-highlighted');
    if (id) for (const el of svg.querySelectorAll(`.fig2-limit-${CSS.escape(id)}`)) el.classList.add('is-highlighted');
  }

  /** On a phone the chart scrolls: start at its right end, where the g−2 band and the limit labels are. */
  private scrollToAnomaly(): void {
    const holder = this.querySelector<HTMLElement>('[data-chart]');
    if (holder && holder.scrollWidth > holder.clientWidth) holder.scrollLeft = holder.scrollWidth - holder.clientWidth;
  }
}

customElements.define('fig2-widget', Fig2Widget);
