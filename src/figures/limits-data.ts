/**
 * Build-time bridge from the validated data files (src/data) to the serialisable LimitsData the
 * figures use. Only server code imports this (the data loader validates with the schema
 * checker); pages embed its result as JSON for the browser controller.
 */
import { deltaAmuFromSet, gMinus2, hubbleRegions, millichargeLimits } from '../data/index';
import type { LimitsData } from './limits-view';

const FLAVOR_MARK = { mu: 'ν_μ', tau: 'ν_τ' } as const;

/** arXiv ids mentioned in a source string ('… arXiv:2104.03281 …'). */
function arxivIds(text: string): string[] {
  return [...text.matchAll(/arXiv:(\d{4}\.\d{4,5})/g)].map((m) => m[1]);
}

/** The figures' view of src/data: limits, Δa_μ sets (dimensionless) and Hubble regions. */
export function limitsData(): LimitsData {
  const limits = millichargeLimits.limits;
  const shared = (experiment: string) => limits.filter((l) => l.experiment === experiment).length > 1;
  return {
    limits: limits.map((l) => ({
      id: l.id,
      label: l.label,
      short: `${l.experiment.replace(/\s*\/\s*/g, '/')}${l.flavors.length === 1 && shared(l.experiment) ? ` ${FLAVOR_MARK[l.flavors[0]]}` : ''}`,
      flavors: [...l.flavors],
      lower: l.interval.lower,
      upper: l.interval.upper,
      cl: l.cl,
      kind: l.kind,
      arxiv: l.reference.arxiv,
      paperRef: l.reference.paperRef,
      paperCouplingBound: l.paperCouplingBound,
      inPaperFigure: l.showInPaperFigure,
      hypothetical: false,
    })),
    sets: gMinus2.sets.map((s) => ({
      id: s.id,
      label: s.label,
      ...deltaAmuFromSet(s, gMinus2.scale),
      usedByPaper: s.usedByPaper,
      arxiv: [...new Set(arxivIds(s.source))],
    })),
    defaultSetId: gMinus2.defaultSetId,
    hubble: hubbleRegions.regions.map((r) => ({
      id: r.id,
      label: r.label,
      min: r.coupling.min,
      max: r.coupling.max,
      usedByPaper: r.usedByPaper,
      arxiv: r.reference.arxiv,
      paperRef: r.reference.paperRef,
    })),
    dataVersion: `millicharge-limits ${millichargeLimits.meta.version}; g-minus-2 ${gMinus2.meta.version}; hubble-regions ${hubbleRegions.meta.version}`,
  };
}
