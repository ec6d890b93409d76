/**
 * Build-time bridge from the validated data files (src/data) to the g−2 explorer's Gm2Data. Only
 * server code imports this (the data loader validates with the schema checker); the page embeds
 * its result as JSON, so the browser never loads src/data.
 */
import { deltaAmuOf, gMinus2, hubbleRegions, millichargeLimits, momentumTransfer } from '../../data/index';
import type { Gm2Data } from './model';
import { limitMomentumMeV } from '../shared/figure-data.server';

/** The explorer's data from src/data (without hypothetical limits). */
export function gm2DataFromFiles(): Gm2Data {
  return {
    sets: gMinus2.sets.map((s) => ({ id: s.id, label: s.label, ...deltaAmuOf(s.id), usedByPaper: s.usedByPaper, source: s.source })),
    defaultSetId: gMinus2.defaultSetId,
    limits: millichargeLimits.limits.map((l) => {
      const momentumMeV = limitMomentumMeV(l.id);
      return {
        id: l.id,
        label: l.label,
        experiment: l.experiment,
        flavors: l.flavors,
        lower: l.interval.lower,
        upper: l.interval.upper,
        kind: l.kind,
        cl: l.cl,
        arxiv: l.reference.arxiv,
        paperRef: l.reference.paperRef,
        clSource: l.clSource,
        ...(l.reference.extraRef ? { extraRef: l.reference.extraRef } : {}),
        ...(l.disputed ? { disputed: l.disputed } : {}),
        ...(momentumMeV ? { momentumMeV } : {}),
      };
    }),
    hubble: hubbleRegions.regions.map((r) => ({
      id: r.id,
      label: r.label,
      mMin: r.mZprimeMeV.min,
      mMax: r.mZprimeMeV.max,
      gMin: r.coupling.min,
      gMax: r.coupling.max,
      usedByPaper: r.usedByPaper,
      arxiv: r.reference.arxiv,
    })),
    dataVersion: `g-minus-2 ${gMinus2.meta.version}, millicharge-limits ${millichargeLimits.meta.version}, hubble-regions ${hubbleRegions.meta.version}, momentum-transfer ${momentumTransfer.meta.version}`,
  };
}
