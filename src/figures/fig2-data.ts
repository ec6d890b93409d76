/**
 * Build-time data of Fig. 2: the figures' LimitsData (limitsData()) with each limit's standing
 * from src/data — why it is disputed, where its CL was read, its extra reference — which the
 * legend, description and downloads show. Only server code imports this; the page embeds the
 * result as JSON for the browser controller.
 */
import { millichargeLimits } from '../data/index';
import type { MillichargeLimit } from '../data/types';
import type { LimitStanding } from './limit-standing';
import { limitsData } from './limits-data';
import type { LimitsData } from './limits-view';

/** The standing fields of a data limit (only those it has). */
function standingOf(limit: MillichargeLimit): LimitStanding {
  return {
    clSource: limit.clSource,
    ...(limit.disputed ? { disputed: limit.disputed } : {}),
    ...(limit.reference.extraRef ? { extraRef: limit.reference.extraRef } : {}),
  };
}

/** limitsData() with every limit's standing (fields limitsData already carries are kept as they are). */
export function fig2Data(): LimitsData {
  const data = limitsData();
  return {
    ...data,
    limits: data.limits.map((limit) => {
      const source = millichargeLimits.limits.find((l) => l.id === limit.id);
      return source ? { ...standingOf(source), ...limit } : limit;
    }),
  };
}
