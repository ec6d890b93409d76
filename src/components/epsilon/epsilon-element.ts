/**
 * <epsilon-calculator>: the kinetic-mixing calculator's controller. Everything but the lazy load is
 * the shared FigureElement; the figure itself is src/figures/epsilon/descriptor.ts.
 */
import { FigureElement } from '../shared/figure-element';
import { lazyModule } from '../shared/lazy';
import type { EpsilonState } from '../../figures/epsilon/state';
import type { EpsilonView } from '../../figures/epsilon/descriptor';

const load = lazyModule(() => import('./epsilon-live').then((m) => m.live));

class EpsilonCalculatorElement extends FigureElement<EpsilonState, null, EpsilonView> {
  protected load() {
    return load();
  }
}

customElements.define('epsilon-calculator', EpsilonCalculatorElement);
