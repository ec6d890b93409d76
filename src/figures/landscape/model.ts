/** The data the landscape figure draws from, as the page embeds it (built by data.server.ts). */
import type { HubbleRegion, ValueSet } from '../shared/figure-data';
import type { LandscapeLimit } from './curves';

export interface LandscapeData {
  limits: LandscapeLimit[];
  sets: ValueSet[];
  defaultSetId: string;
  hubble: HubbleRegion[];
  /** 'zprime-limits 1.0.1, g-minus-2 1.0.0, hubble-regions 1.0.0'. */
  dataVersion: string;
}
