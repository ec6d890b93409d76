/**
 * The g−2 explorer's selection of the shared figure data (figures/shared/figure-data.server.ts).
 * Only server code imports this; the page embeds its result as JSON, so the browser never loads
 * src/data.
 */
import { dataVersionOf, figureData } from '../shared/figure-data.server';
import { ceilingLimit, hubbleRectangle, type Gm2Data } from './model';

/** The explorer's data (without hypothetical limits). */
export function gm2DataFromFiles(): Gm2Data {
  const model = figureData();
  return {
    sets: model.sets,
    defaultSetId: model.defaultSetId,
    limits: model.limits.map(ceilingLimit),
    hubble: model.hubble.map(hubbleRectangle),
    dataVersion: dataVersionOf(['g-minus-2', 'millicharge-limits', 'hubble-regions', 'momentum-transfer']),
  };
}
