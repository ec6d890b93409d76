/**
 * Build-time bridge from the validated data files (src/data) to the serialisable LimitsData the
 * figures use, each limit with its standing (CL source, why it is disputed, its extra reference)
 * and its momentum transfer. Only server code imports this (the data loader validates with the schema
 * checker); pages embed its result as JSON for the browser controller.
 */
import { deltaAmuFromSet, gMinus2, hubbleRegions, millichargeLimits, momentumTransfer, solarOscillation, type LimitReference } from '../../data/index';
import { pageHref } from '../../lib/paths';
import type { LimitInput, LimitsData } from '../fig2/limits-view';
import { citeLabel, citeTitle, reference, referenceAnchor } from '../../cite/references.server';

const FLAVOR_MARK = { mu: 'ν_μ', tau: 'ν_τ' } as const;

/** arXiv ids mentioned in a source string ('… arXiv:2104.03281 …'). */
function arxivIds(text: string): string[] {
  return [...text.matchAll(/arXiv:(\d{4}\.\d{4,5})/g)].map((m) => m[1]);
}

/** The references-page entry of a limit's source: '[72]' or '[PDG 2024]' with its #ref-… link. */
function referenceLink(ref: LimitReference): LimitInput['reference'] {
  const entry = reference(ref.paperRef ?? ref.extraRef!);
  return { label: citeLabel(entry), href: pageHref('references', referenceAnchor(entry)), title: citeTitle(entry) };
}

/**
 * A limit's momentum transfer |q| from momentum-transfer.json, MeV: its range, 'static' when its
 * entry gives none (a bound on the charge at q² → 0), undefined when no entry names the limit.
 */
export function limitMomentumMeV(limitId: string): LimitInput['momentumMeV'] {
  const entry = momentumTransfer.entries.find((e) => e.limitIds.includes(limitId));
  if (!entry) return undefined;
  return entry.momentumTransferMeV ? { min: entry.momentumTransferMeV.min, max: entry.momentumTransferMeV.max } : 'static';
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
      clSource: l.clSource,
      kind: l.kind,
      arxiv: l.reference.arxiv,
      paperRef: l.reference.paperRef,
      reference: referenceLink(l.reference),
      ...(l.disputed ? { disputed: l.disputed } : {}),
      ...(l.reference.extraRef ? { extraRef: l.reference.extraRef } : {}),
      momentumMeV: limitMomentumMeV(l.id),
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
      masses: { min: r.mZprimeMeV.min, max: r.mZprimeMeV.max },
      usedByPaper: r.usedByPaper,
      arxiv: r.reference.arxiv,
      paperRef: r.reference.paperRef,
    })),
    solar: {
      limitIds: [...solarOscillation.limitIds],
      survivalEe: solarOscillation.survivalProbabilityEe.value,
      sin2Theta23: solarOscillation.sin2Theta23.value,
      approximation: solarOscillation.approximation,
    },
    dataVersion: [
      `millicharge-limits ${millichargeLimits.meta.version}`,
      `g-minus-2 ${gMinus2.meta.version}`,
      `hubble-regions ${hubbleRegions.meta.version}`,
      `momentum-transfer ${momentumTransfer.meta.version}`,
      `solar-oscillation ${solarOscillation.meta.version}`,
    ].join('; '),
  };
}
