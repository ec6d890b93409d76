/**
 * The kinetic-mixing calculator's lazily loaded part: its descriptor (with Plot and the loop
 * integral) and the shared browser drawer.
 */
import { epsilonFigure } from '../../figures/epsilon/descriptor';
import { figureLive } from '../shared/figure-live';

export const live = figureLive(epsilonFigure);
