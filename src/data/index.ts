/**
 * The project's cited data, validated when this module loads: an invalid file throws and
 * fails the build. See README.md beside this file for what each file holds and how to add a limit.
 */
import gMinus2Json from './g-minus-2.json' with { type: 'json' };
import hubbleRegionsJson from './hubble-regions.json' with { type: 'json' };
import millichargeLimitsJson from './millicharge-limits.json' with { type: 'json' };
import momentumTransferJson from './momentum-transfer.json' with { type: 'json' };
import solarOscillationJson from './solar-oscillation.json' with { type: 'json' };
import referencesJson from './references.json' with { type: 'json' };
import zExchangeAnalysesJson from './z-exchange-analyses.json' with { type: 'json' };
import gMinus2Schema from './schema/g-minus-2.schema.json' with { type: 'json' };
import hubbleRegionsSchema from './schema/hubble-regions.schema.json' with { type: 'json' };
import millichargeLimitsSchema from './schema/millicharge-limits.schema.json' with { type: 'json' };
import momentumTransferSchema from './schema/momentum-transfer.schema.json' with { type: 'json' };
import solarOscillationSchema from './schema/solar-oscillation.schema.json' with { type: 'json' };
import zExchangeAnalysesSchema from './schema/z-exchange-analyses.schema.json' with { type: 'json' };
import { deltaAmuFromSet, gMinus2SetById, type AnomalyValue } from './g-minus-2';
import { parseGMinus2, parseHubbleRegions, parseMillichargeLimits, parseMomentumTransfer, parseSolarOscillation, parseZExchangeAnalyses } from './parse';
import type { GMinus2Set, MillichargeLimit, ZExchangeAnalysis } from './types';

export type * from './types';
export type { AnomalyValue };
export { deltaAmuFromSet };

/** millicharge-limits.json, validated. */
export const millichargeLimits = parseMillichargeLimits(millichargeLimitsJson, millichargeLimitsSchema);
/** g-minus-2.json, validated. */
export const gMinus2 = parseGMinus2(gMinus2Json, gMinus2Schema);
/** hubble-regions.json, validated. */
export const hubbleRegions = parseHubbleRegions(hubbleRegionsJson, hubbleRegionsSchema);
/** momentum-transfer.json, validated (its limitIds must exist in millicharge-limits.json). */
export const momentumTransfer = parseMomentumTransfer(
  momentumTransferJson,
  momentumTransferSchema,
  millichargeLimits.limits.map((l) => l.id),
);
/** solar-oscillation.json, validated (its limitIds must exist in millicharge-limits.json). */
export const solarOscillation = parseSolarOscillation(
  solarOscillationJson,
  solarOscillationSchema,
  millichargeLimits.limits.map((l) => l.id),
);

/** z-exchange-analyses.json, validated (its references must exist in references.json, arXiv ids agreeing). */
export const zExchangeAnalyses = parseZExchangeAnalyses(
  zExchangeAnalysesJson,
  zExchangeAnalysesSchema,
  new Map(referencesJson.references.map((r) => [r.id, 'arxiv' in r ? r.arxiv : undefined])),
);

/**
 * A published full Z′-exchange analysis by id, e.g. 'amaral-borexino'.
 * @throws RangeError naming the known ids if `id` is unknown
 */
export function zExchangeAnalysisById(id: string): ZExchangeAnalysis {
  const analysis = zExchangeAnalyses.analyses.find((a) => a.id === id);
  if (!analysis) {
    throw new RangeError(`analysis id must be one of ${zExchangeAnalyses.analyses.map((a) => `'${a.id}'`).join(', ')}, got ${JSON.stringify(id)}`);
  }
  return analysis;
}

/**
 * A millicharge limit by id, e.g. 'lz-tau'.
 * @throws RangeError naming the known ids if `id` is unknown
 */
export function limitById(id: string): MillichargeLimit {
  const limit = millichargeLimits.limits.find((l) => l.id === id);
  if (!limit) {
    throw new RangeError(`limit id must be one of ${millichargeLimits.limits.map((l) => `'${l.id}'`).join(', ')}, got ${JSON.stringify(id)}`);
  }
  return limit;
}

/** A g−2 value set by id, e.g. '2023-paper'. @throws RangeError for an unknown id */
export function gMinus2Set(id: string): GMinus2Set {
  return gMinus2SetById(gMinus2, id);
}

/**
 * Δa_μ (dimensionless) and σ of a value set, by id (default: the file's defaultSetId).
 * @returns {value, sigma} multiplied by the file's scale
 */
export function deltaAmuOf(id: string = gMinus2.defaultSetId): AnomalyValue {
  return deltaAmuFromSet(gMinus2Set(id), gMinus2.scale);
}
