/**
 * Fig. 2's lazily loaded part: its descriptor (with Plot and the physics) and the shared browser
 * drawer, so the page's first load carries only the small controller (fig2-element.ts).
 */
import { fig2Figure } from '../../figures/fig2/descriptor';
import { figureLive } from '../shared/figure-live';

export const live = figureLive(fig2Figure);
