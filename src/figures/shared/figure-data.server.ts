/**
 * The one build-time bridge from the validated data files (src/data) to the figures' data model
 * (figure-data.ts): each limit with its standing (CL source, why it is disputed, its extra
 * reference) and its momentum transfer, the Δa_μ sets, the Hubble regions, the momentum-transfer
 * windows and the solar-oscillation inputs. Only server code imports this (the data loader validates
 * with the schema checker); pages embed a figure's selection of it as JSON for the browser.
 */
import { deltaAmuFromSet, gMinus2, hubbleRegions, millichargeLimits, momentumTransfer, solarOscillation, type LimitReference } from '../../data/index';
import { pageHref } from '../../lib/paths';
import type { LimitsData } from '../fig2/limits-view';
import { citeLabel, citeTitle, reference, referenceAnchor } from '../../cite/references.server';
import { dataVersion, type DataFile, type FigureData, type Limit } from './figure-data';
import { once } from './memo';

const FLAVOR_MARK = { mu: 'ν_μ', tau: 'ν_τ' } as const;

/** arXiv ids mentioned in a source string ('… arXiv:2104.03281 …'). */
function arxivIds(text: string): string[] {
  return [...text.matchAll(/arXiv:(\d{4}\.\d{4,5})/g)].map((m) => m[1]);
}

/** The references-page entry of a limit's source: '[72]' or '[PDG 2024]' with its #ref-… link. */
function referenceLink(ref: LimitReference): Limit['reference'] {
  const entry = reference(ref.paperRef ?? ref.extraRef!);
  return { label: citeLabel(entry), href: pageHref('references', referenceAnchor(entry)), title: citeTitle(entry) };
}

/**
 * A limit's momentum transfer |q| from momentum-transfer.json, MeV: its range, 'static' when its
 * entry gives none (a bound on the charge at q² → 0), undefined when no entry names the limit.
 */
export function limitMomentumMeV(limitId: string): Limit['momentumMeV'] {
  const entry = momentumTransfer.entries.find((e) => e.limitIds.includes(limitId));
  if (!entry) return undefined;
  return entry.momentumTransferMeV ? { min: entry.momentumTransferMeV.min, max: entry.momentumTransferMeV.max } : 'static';
}

/** The version of each data file the figures read. */
export function dataFileVersions(): Record<DataFile, string> {
  return {
    'g-minus-2': gMinus2.meta.version,
    'millicharge-limits': millichargeLimits.meta.version,
    'hubble-regions': hubbleRegions.meta.version,
    'momentum-transfer': momentumTransfer.meta.version,
    'solar-oscillation': solarOscillation.meta.version,
  };
}

/** The data version of the given files, in the one format (figure-data.ts). */
export function dataVersionOf(files: readonly DataFile[]): string {
  const all = dataFileVersions();
  return dataVersion(Object.fromEntries(files.map((file) => [file, all[file]])));
}

/** The figures' data model from src/data, built once per build. */
export const figureData = once((): FigureData => {
  const limits = millichargeLimits.limits;
  const shared = (experiment: string) => limits.filter((l) => l.experiment === experiment).length > 1;
  return {
    limits: limits.map((l) => ({
      id: l.id,
      label: l.label,
      short: `${l.experiment.replace(/\s*\/\s*/g, '/')}${l.flavors.length === 1 && shared(l.experiment) ? ` ${FLAVOR_MARK[l.flavors[0]]}` : ''}`,
      experiment: l.experiment,
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
      source: s.source,
      arxiv: [...new Set(arxivIds(s.source))],
    })),
    defaultSetId: gMinus2.defaultSetId,
    paperSetId: gMinus2.paperSetId,
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
    experiments: momentumTransfer.entries.map((e) => ({
      id: e.id,
      label: e.label,
      limitIds: [...e.limitIds],
      recoil: e.recoil,
      momentumMeV: e.momentumTransferMeV ? { min: e.momentumTransferMeV.min, max: e.momentumTransferMeV.max } : null,
      justification: e.justification,
    })),
    solar: {
      limitIds: [...solarOscillation.limitIds],
      survivalEe: solarOscillation.survivalProbabilityEe.value,
      sin2Theta23: solarOscillation.sin2Theta23.value,
      approximation: solarOscillation.approximation,
    },
    dataVersion: dataVersionOf(['g-minus-2', 'millicharge-limits', 'hubble-regions', 'momentum-transfer', 'solar-oscillation']),
  };
});

/** What Fig. 2 and the bound table embed: the model without the momentum windows (each limit carries its own). */
export function limitsData(): LimitsData {
  const { limits, sets, defaultSetId, hubble, solar, dataVersion } = figureData();
  return { limits, sets, defaultSetId, hubble, solar, dataVersion };
}
