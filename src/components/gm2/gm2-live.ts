/**
 * The g−2 explorer's lazily loaded part: its descriptor (with Plot and the physics), the shared
 * browser drawer, and the reading of the hypothetical limits the URL carries.
 */
import { gm2Figure } from '../../figures/gm2/descriptor';
import { figureLive } from '../shared/figure-live';

export { readGm2State, sameGm2View } from '../../figures/gm2/state';
export const live = figureLive(gm2Figure);
