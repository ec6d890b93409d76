// Finds every URL-state schema the widgets use by importing each module in src/figures/ and
// keeping the exports shaped like a Schema (an object whose values are all ParamDefs), so the
// fuzz tests learn new widgets' parameter names without being edited.
import { readdirSync } from 'node:fs';
import type { ParamDef } from '../../src/figures/shared/url-state';

/** A schema found in a module: its export name and its parameter definitions. */
export interface FoundSchema {
  id: string;
  params: ParamDef<unknown>[];
}

function isParamDef(value: unknown): value is ParamDef<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.parse === 'function' && typeof v.format === 'function' && 'fallback' in v;
}

function asSchema(value: unknown): ParamDef<unknown>[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.values(value as Record<string, unknown>);
  return entries.length > 0 && entries.every(isParamDef) ? entries : undefined;
}

/**
 * Arguments to try on a schema factory (`fig2Schema(data)`, `gm2Schema(setIds, defaultSet)`,
 * `validitySchema(experimentIds, setIds, defaultSet)` …), by arity. Id lists are the full lists from
 * the data files: a superset of what any widget accepts, so a value the test expects to be accepted
 * may be rejected by the page (the test then only requires notices for values rejected here).
 */
async function factoryArguments(): Promise<unknown[][]> {
  const data = await import('../../src/data/index');
  const setIds = data.gMinus2.sets.map((s: { id: string }) => s.id);
  const limitIds = data.millichargeLimits.limits.map((l: { id: string }) => l.id);
  const candidates: unknown[][] = [[setIds], [setIds, data.gMinus2.defaultSetId], [limitIds, setIds, data.gMinus2.defaultSetId]];
  try {
    const limits = await import('../../src/figures/shared/figure-data.server');
    candidates.unshift([limits.limitsData()]);
  } catch {
    /* no shared limits data module */
  }
  return candidates;
}

/** Every exported schema in the modules under src/figures, plain or from a *Schema factory (modules that fail to import in Node are skipped). */
export async function findSchemas(): Promise<FoundSchema[]> {
  const found: FoundSchema[] = [];
  const argumentSets = await factoryArguments();
  const files = (readdirSync('src/figures', { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
  for (const file of files) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(/* @vite-ignore */ `../../src/figures/${file}`)) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const [name, value] of Object.entries(mod)) {
      const id = `${file.replace(/\.ts$/, '')}.${name}`;
      const plain = asSchema(value);
      if (plain) found.push({ id, params: plain });
      if (typeof value !== 'function' || !/Schema$/.test(name)) continue;
      for (const args of argumentSets.filter((a) => a.length === value.length)) {
        try {
          const made = asSchema((value as (...a: unknown[]) => unknown)(...args));
          if (made) {
            found.push({ id: `${id}()`, params: made });
            break;
          }
        } catch {
          /* wrong argument shape: try the next candidate */
        }
      }
    }
  }
  return found;
}

/**
 * True when a raw value is rejected, wholly (`{error}`) or in part (`{value, notices}` with notices,
 * as the what-if list does per item): a notice must then name the parameter.
 */
export function rejects(def: ParamDef<unknown>, raw: string): boolean {
  try {
    const result = def.parse(raw) as { error?: string; notices?: string[] };
    return 'error' in result || (Array.isArray(result.notices) && result.notices.length > 0);
  } catch {
    return true;
  }
}
