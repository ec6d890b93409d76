/**
 * Validation of the data files: the JSON Schema (ajv, via schema-check.ts) plus the rules a schema
 * cannot express (unique ids, min ≤ max, cross-references). Each parser returns the typed
 * data or throws an Error listing every problem, so a bad edit fails the build with a message
 * that says which file, which entry and what is wrong.
 */
import { checkSchema, type Schema } from './schema-check';
import type { GMinus2File, HubbleRegionsFile, MillichargeLimitsFile, MomentumTransferFile, SolarOscillationFile, ZExchangeAnalysesFile } from './types';

function fail(file: string, problems: string[]): never {
  throw new Error(`src/data/${file} is invalid:\n  ${problems.join('\n  ')}`);
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `id "${id}" is used more than once`);
}

function ranges(entries: { id: string; ranges: [string, { min: number; max: number } | null][] }[]): string[] {
  return entries.flatMap(({ id, ranges: list }) =>
    list.filter(([, r]) => r !== null && r.min > r.max).map(([name, r]) => `${id}: ${name}.min ${r!.min} exceeds ${name}.max ${r!.max}`),
  );
}

/** Runs the schema, then `semantic` on the typed value; throws listing all problems. */
function parse<T>(file: string, data: unknown, schema: Schema, semantic: (value: T) => string[]): T {
  const schemaProblems = checkSchema(data, schema);
  if (schemaProblems.length > 0) fail(file, schemaProblems);
  const problems = semantic(data as T);
  if (problems.length > 0) fail(file, problems);
  return data as T;
}

/**
 * Validates millicharge-limits.json: unique ids, and each reference names exactly one of
 * paperRef (the paper's bibliography) or extraRef (an extra-… entry of references.json).
 * @throws Error listing every problem
 */
export function parseMillichargeLimits(data: unknown, schema: Schema): MillichargeLimitsFile {
  return parse<MillichargeLimitsFile>('millicharge-limits.json', data, schema, (file) => [
    ...duplicates(file.limits.map((l) => l.id)),
    ...file.limits
      .filter((l) => (l.reference.paperRef === undefined) === (l.reference.extraRef === undefined))
      .map((l) => `${l.id}: reference must have exactly one of paperRef or extraRef`),
  ]);
}

/** Validates g-minus-2.json: every set needs exp + theory or a stated difference. @throws Error */
export function parseGMinus2(data: unknown, schema: Schema): GMinus2File {
  return parse<GMinus2File>('g-minus-2.json', data, schema, (file) => {
    const ids = file.sets.map((s) => s.id);
    const problems = duplicates(ids);
    for (const key of ['defaultSetId', 'paperSetId'] as const) {
      if (!ids.includes(file[key])) problems.push(`${key} "${file[key]}" names no set`);
    }
    for (const set of file.sets) {
      const complete = set.experiment !== null && set.theory !== null;
      if (!complete && set.statedDifference === null) problems.push(`${set.id}: needs experiment and theory, or statedDifference`);
      if ((set.experiment === null) !== (set.theory === null)) problems.push(`${set.id}: experiment and theory must both be given or both be null`);
    }
    const paperSets = file.sets.filter((s) => s.usedByPaper).map((s) => s.id);
    if (paperSets.length !== 1 || paperSets[0] !== file.paperSetId)
      problems.push(`exactly the set paperSetId must have usedByPaper: true, found [${paperSets.join(', ')}]`);
    return problems;
  });
}

/** Validates hubble-regions.json. @throws Error listing every problem */
export function parseHubbleRegions(data: unknown, schema: Schema): HubbleRegionsFile {
  return parse<HubbleRegionsFile>('hubble-regions.json', data, schema, (file) => [
    ...duplicates(file.regions.map((r) => r.id)),
    ...ranges(
      file.regions.map((r) => ({
        id: r.id,
        ranges: [
          ['mZprimeMeV', r.mZprimeMeV],
          ['coupling', r.coupling],
        ],
      })),
    ),
  ]);
}

/** Validates momentum-transfer.json; `limitIds` must name entries of millicharge-limits.json. @throws Error */
export function parseMomentumTransfer(data: unknown, schema: Schema, limitIds: readonly string[]): MomentumTransferFile {
  return parse<MomentumTransferFile>('momentum-transfer.json', data, schema, (file) => [
    ...duplicates(file.entries.map((e) => e.id)),
    ...ranges(file.entries.map((e) => ({ id: e.id, ranges: [['momentumTransferMeV', e.momentumTransferMeV]] }))),
    ...file.entries.flatMap((e) => e.limitIds.filter((id) => !limitIds.includes(id)).map((id) => `${e.id}: limitIds names unknown limit "${id}"`)),
  ]);
}

/** Validates solar-oscillation.json; `limitIds` must name entries of millicharge-limits.json. @throws Error */
export function parseSolarOscillation(data: unknown, schema: Schema, limitIds: readonly string[]): SolarOscillationFile {
  return parse<SolarOscillationFile>('solar-oscillation.json', data, schema, (file) =>
    file.limitIds.filter((id) => !limitIds.includes(id)).map((id) => `limitIds names unknown limit "${id}"`),
  );
}

/**
 * Validates z-exchange-analyses.json: unique ids, and each reference names an entry of
 * references.json with the same arXiv id.
 * @param arxivByReference arXiv id (or undefined) of every references.json entry, by id
 * @throws Error listing every problem
 */
export function parseZExchangeAnalyses(data: unknown, schema: Schema, arxivByReference: ReadonlyMap<string, string | undefined>): ZExchangeAnalysesFile {
  return parse<ZExchangeAnalysesFile>('z-exchange-analyses.json', data, schema, (file) => [
    ...duplicates(file.analyses.map((a) => a.id)),
    ...file.analyses.flatMap(({ id, reference: { extraRef, arxiv } }) =>
      !arxivByReference.has(extraRef)
        ? [`${id}: reference.extraRef names unknown reference "${extraRef}"`]
        : arxivByReference.get(extraRef) !== arxiv
          ? [`${id}: reference.arxiv ${arxiv} differs from ${extraRef}'s arXiv id ${arxivByReference.get(extraRef)}`]
          : [],
    ),
  ]);
}
