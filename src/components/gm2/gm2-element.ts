/**
 * <gm2-explorer>: the g−2 explorer's controller. The shared FigureElement does the work; this adds
 * only the hypothetical limits of the `whatif` URL parameter (written by Fig. 2's form), read with
 * the state and compared when deciding whether the URL names the view already drawn. The figure
 * itself is src/figures/gm2/descriptor.ts.
 */
import { FigureElement } from '../shared/figure-element';
import { lazyModule } from '../shared/lazy';
import type { Schema } from '../../figures/shared/url-state';
import type { Gm2Data } from '../../figures/gm2/model';
import type { Gm2FigureState, Gm2State } from '../../figures/gm2/state';
import type { Gm2View } from '../../figures/gm2/descriptor';

const load = lazyModule(() => import('./gm2-live'));
/** The live module once loaded (readState runs only after the load). */
let loaded: Awaited<ReturnType<typeof load>> | undefined;

class Gm2ExplorerElement extends FigureElement<Gm2FigureState, Gm2Data, Gm2View> {
  protected async load() {
    loaded = await load();
    return loaded.live;
  }

  protected readState(schema: Schema<Gm2FigureState>, search: string) {
    return loaded!.readGm2State(schema as Schema<Gm2State>, search);
  }

  protected sameView(a: Gm2FigureState, b: Gm2FigureState): boolean {
    return loaded!.sameGm2View(this.schema as Schema<Gm2State>, a, b);
  }
}

customElements.define('gm2-explorer', Gm2ExplorerElement);
