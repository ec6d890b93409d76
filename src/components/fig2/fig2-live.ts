/**
 * Fig. 2's lazily loaded part: its descriptor (with Plot and the physics), the shared browser
 * drawer and the URL reading with the mass-range rule, so the page's first load carries only the
 * small controller (fig2-element.ts).
 */
import { fig2Figure } from '../../figures/fig2/descriptor';
import { figureLive } from '../shared/figure-live';

export { parseFig2State } from '../../figures/fig2/state';
export const live = figureLive(fig2Figure);
