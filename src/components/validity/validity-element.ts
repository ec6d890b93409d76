/**
 * <validity-explorer>: the validity explorer's controller. The shared FigureElement does the work;
 * the figure itself is src/figures/validity/descriptor.ts. What is its own: the downloads are
 * offered once the figure code has arrived (they build their files with it); after the first draw
 * the other experiments' charts are prepared while the browser is idle (each has its own coupling
 * range, so a first switch to one would otherwise draw its axes and curves); and the element names
 * the state it last drew, once painted, in `data-rendered-state` (the browser tests wait for it).
 */
import { FigureElement } from '../shared/figure-element';
import type { FigureLive } from '../shared/figure-live';
import { afterPaint, lazyModule, whenIdle } from '../shared/lazy';
import type { ValidityState } from '../../figures/validity/state';
import type { ValidityView } from '../../figures/validity/descriptor';
import type { ValidityData } from '../../figures/validity/view';

const load = lazyModule(() => import('./validity-live').then((m) => m.live));

type Live = FigureLive<ValidityState, ValidityData, ValidityView>;

class ValidityExplorerElement extends FigureElement<ValidityState, ValidityData, ValidityView> {
  private downloads(): HTMLElement | null {
    return this.frame().querySelector<HTMLElement>('[data-downloads]');
  }

  connectedCallback(): void {
    super.connectedCallback();
    if (!this.live) this.downloads()?.setAttribute('hidden', '');
  }

  protected async load(): Promise<Live> {
    const live = await load();
    this.downloads()?.removeAttribute('hidden');
    return live;
  }

  protected async redraw(live: Live): Promise<void> {
    const first = !this.drawn;
    await super.redraw(live);
    // Once painted, with the URL written just before (a write scheduled by the change, see url-sync.ts).
    const drawn = JSON.stringify(this.drawn);
    afterPaint(() => (this.dataset.renderedState = drawn));
    if (first) this.prepareExperiments(live);
  }

  /** Prepares every experiment's chart for the current treatment, value set and width, one per idle callback. */
  private prepareExperiments(live: Live): void {
    const waiting = this.data.experiments.map((e) => e.id);
    const next = () => {
      const exp = waiting.shift();
      if (exp === undefined || !this.state) return;
      const width = this.querySelector<HTMLElement>('[data-chart]')?.clientWidth || Infinity;
      live.prepare(live.figure.view({ ...this.state, exp }, this.data), width);
      whenIdle(next, 2000);
    };
    whenIdle(next, 2000);
  }
}

customElements.define('validity-explorer', ValidityExplorerElement);
