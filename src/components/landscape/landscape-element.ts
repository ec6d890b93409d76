/**
 * <landscape-figure>: the landscape's controller. Everything but the lazy load is the shared
 * FigureElement; the figure itself is src/figures/landscape/descriptor.ts.
 */
import { FigureElement } from '../shared/figure-element';
import { lazyModule } from '../shared/lazy';
import type { LandscapeState } from '../../figures/landscape/state';
import type { LandscapeData } from '../../figures/landscape/model';
import type { LandscapeView } from '../../figures/landscape/view';

const load = lazyModule(() => import('./landscape-live').then((m) => m.live));

class LandscapeFigureElement extends FigureElement<LandscapeState, LandscapeData, LandscapeView> {
  protected load() {
    return load();
  }
}

customElements.define('landscape-figure', LandscapeFigureElement);
