/**
 * The landscape's lazily loaded part: its descriptor (with Plot and eq. (6)) and the shared
 * browser drawer.
 */
import { landscapeFigure } from '../../figures/landscape/descriptor';
import { figureLive } from '../shared/figure-live';

export const live = figureLive(landscapeFigure);
