/** The data the landscape figure draws from, as the page embeds it (built by data.server.ts). */
import type { HubbleRegion, ValueSet } from '../shared/figure-data';
import type { LandscapeLimit } from './curves';
import type { RecastCurve } from './recast';

export interface LandscapeData {
  limits: LandscapeLimit[];
  sets: ValueSet[];
  defaultSetId: string;
  hubble: HubbleRegion[];
  /** The millicharge limits recast with the Z′ propagator (recast.ts), on the band's mass grid. */
  recast: RecastCurve;
  /** Links the fragments name (with the site's base path): eq. (6) and the validity page. */
  links: { eq6: string; validity: string };
  /** 'zprime-limits 1.0.1, g-minus-2 1.0.0, hubble-regions 1.0.0'. */
  dataVersion: string;
}
