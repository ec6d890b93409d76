/**
 * The validity explorer's lazily loaded part: its descriptor (with Plot and the physics) and the
 * shared browser drawer. The data come from the page (never src/data: see data.server.ts).
 */
import { validityFigure } from '../../figures/validity/descriptor';
import { figureLive } from '../shared/figure-live';

export const live = figureLive(validityFigure);

// tests/figures/shared/limit-standing.test.ts reads these two from the browser side (both are in this chunk already).
export { couplingDomain } from '../../figures/validity/curves';
export { validityExportMeta } from '../../figures/validity/export';
