// Finds every URL-state schema the widgets use by importing each module in src/figures/ and
// keeping the exports shaped like a Schema (an object whose values are all ParamDefs), so the
// fuzz tests learn new widgets' parameter names without being edited.
import { readdirSync } from 'node:fs';
import type { ParamDef } from '../../src/figures/url-state';

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

/** Every exported schema in src/figures/*.ts (modules that fail to import in Node are skipped). */
export async function findSchemas(): Promise<FoundSchema[]> {
  const found: FoundSchema[] = [];
  const files = readdirSync('src/figures').filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
  for (const file of files) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(/* @vite-ignore */ `../../src/figures/${file}`)) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      const entries = Object.values(value as Record<string, unknown>);
      if (entries.length > 0 && entries.every(isParamDef)) found.push({ id: `${file.replace(/\.ts$/, '')}.${name}`, params: entries });
    }
  }
  return found;
}

/** True when a raw value is rejected by the definition (a notice must then name the parameter). */
export function rejects(def: ParamDef<unknown>, raw: string): boolean {
  try {
    return 'error' in def.parse(raw);
  } catch {
    return true;
  }
}
