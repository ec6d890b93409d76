/**
 * zprime-limits.json: limits on the L_μ−L_τ Z′ in the (m_Z′, g) plane for the landscape figure
 * (issue #14), validated when this module loads, and the limits found without a usable curve.
 * Masses in MeV, g the dimensionless L_μ−L_τ gauge coupling. See README.md beside this file.
 */
import zprimeLimitsJson from './zprime-limits.json' with { type: 'json' };
import zprimeLimitsSchema from './schema/zprime-limits.schema.json' with { type: 'json' };
import { checkSchema, type Schema } from './schema-check';
import type { DataMeta } from './types';

/** observed: a measurement's bound; astro: stellar; cosmo: BBN / N_eff; projection: future sensitivity. */
export type ZprimeLimitKind = 'observed' | 'astro' | 'cosmo' | 'projection';

/** The work a limit comes from; `paperRef` only when arXiv:2308.05720 cites it. */
export interface ZprimePublication {
  /** arXiv identifier without prefix, e.g. "1606.03501". */
  arxiv: string;
  citation: string;
  /** Number in the bibliography of arXiv:2308.05720. */
  paperRef?: number;
}

/** Where the points were read: a repository file at a commit, or the publication's own table. */
export interface ZprimeDigitisation {
  source: 'repository' | 'publication-table';
  repository?: string;
  path?: string;
  commit?: string;
  licence?: string;
  table?: string;
  /** Which curve of which figure was read, as the source states it, or that it does not say. */
  figure: string;
  /** ISO date the file was read. */
  retrieved: string;
}

/** [m_Z′ in MeV, g]. */
export type ZprimePoint = [mZprimeMeV: number, coupling: number];

/** One limit curve (zprime-limits.json `limits`). */
export interface ZprimeLimit {
  id: string;
  experiment: string;
  label: string;
  process: string;
  kind: ZprimeLimitKind;
  /** Confidence or credibility level as a fraction, or null when no source states it. */
  cl: number | null;
  clSource: string;
  publication: ZprimePublication;
  digitisation: ZprimeDigitisation;
  unitsInSource: { mass: 'keV' | 'MeV' | 'GeV'; coupling: 'g' | 'g/e' };
  /** Applied when the file was written: MeV = source mass × massToMeV, g = source coupling × couplingFactor. */
  conversion: { massToMeV: number; couplingFactor: number; description: string };
  /** Side of the curve that is excluded. */
  excludedRegion: 'above' | 'below';
  /** Polylines in increasing mass; the curve has no value between two segments. */
  segments: ZprimePoint[][];
  note: string;
}

export type NotDrawnReason = 'no machine-readable source found' | 'publication of the digitisation not identified' | 'source computed for a different model';

/** A file that was found and not used, and why. */
export interface ZprimeLead {
  repository: string;
  path: string;
  commit?: string;
  why: string;
}

/** A limit listed on the page as "not drawn", with its citation and the reason. */
export interface NotDrawnLimit {
  id: string;
  experiment: string;
  label: string;
  kind: ZprimeLimitKind;
  /** null when the only curve found is a recast whose publication is not known. */
  publication: ZprimePublication | null;
  reason: NotDrawnReason;
  detail: string;
  leads: ZprimeLead[];
}

export interface ZprimeLimitsFile {
  meta: DataMeta;
  limits: ZprimeLimit[];
  notDrawn: NotDrawnLimit[];
}

const REPOSITORY_FIELDS = ['repository', 'path', 'commit', 'licence'] as const;

/** Rules the schema cannot state: point arity, mass order, unique ids, fields per digitisation source. */
function semanticProblems(file: ZprimeLimitsFile): string[] {
  const problems: string[] = [];
  const ids = [...file.limits, ...file.notDrawn].map((entry) => entry.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) problems.push(`id "${id}" is used more than once`);
  });
  for (const limit of file.limits) {
    let previousEnd = 0;
    limit.segments.forEach((segment, s) => {
      segment.forEach((point, p) => {
        if (point.length !== 2) problems.push(`${limit.id}: segments[${s}][${p}] must be [m_Z′ in MeV, g], got ${point.length} numbers`);
        if (p > 0 && point[0] < segment[p - 1]![0]) {
          problems.push(`${limit.id}: segments[${s}][${p}] mass ${point[0]} MeV is below the previous point's ${segment[p - 1]![0]} MeV`);
        }
      });
      if (segment[0]![0] <= previousEnd)
        problems.push(`${limit.id}: segments[${s}] starts at ${segment[0]![0]} MeV, not above the previous segment's end ${previousEnd} MeV`);
      previousEnd = segment.at(-1)![0];
    });
    const d = limit.digitisation;
    if (d.source === 'repository') {
      for (const field of REPOSITORY_FIELDS) {
        if (d[field] === undefined) problems.push(`${limit.id}: digitisation from a repository needs "${field}"`);
      }
    } else if (d.table === undefined) {
      problems.push(`${limit.id}: digitisation from a publication table needs "table"`);
    }
  }
  return problems;
}

/**
 * Validates zprime-limits.json: the JSON Schema (ajv, via schema-check.ts), then the rules above.
 * @param data parsed JSON
 * @param schema schema/zprime-limits.schema.json
 * @returns the typed file
 * @throws Error naming the file and listing every problem
 */
export function parseZprimeLimits(data: unknown, schema: Schema): ZprimeLimitsFile {
  const fail = (problems: string[]): never => {
    throw new Error(`src/data/zprime-limits.json is invalid:\n  ${problems.join('\n  ')}`);
  };
  const schemaProblems = checkSchema(data, schema);
  if (schemaProblems.length > 0) fail(schemaProblems);
  const file = data as ZprimeLimitsFile;
  const problems = semanticProblems(file);
  if (problems.length > 0) fail(problems);
  return file;
}

/** zprime-limits.json, validated. */
export const zprimeLimits = parseZprimeLimits(zprimeLimitsJson, zprimeLimitsSchema);

/**
 * A drawn limit by id, e.g. 'babar-4mu-2016'.
 * @throws RangeError naming the known ids if `id` is unknown
 */
export function zprimeLimitById(id: string): ZprimeLimit {
  const limit = zprimeLimits.limits.find((l) => l.id === id);
  if (!limit) {
    throw new RangeError(`Z′ limit id must be one of ${zprimeLimits.limits.map((l) => `'${l.id}'`).join(', ')}, got ${JSON.stringify(id)}`);
  }
  return limit;
}
