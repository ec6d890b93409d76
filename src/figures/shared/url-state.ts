/**
 * Schema-driven URL state for the widgets: a figure's view lives in the query string, so a link
 * reproduces it and the back button undoes a change. Pure functions; the browser side is
 * src/components/shared/url-sync.ts.
 *
 * A schema maps each state key to a parameter definition. `parseState` never throws: a missing
 * parameter takes its default silently, an invalid or hostile one takes its default *and* adds a
 * plain-text notice that names the parameter and says what was wrong (show it with textContent).
 * `serializeState` writes readable names, omits defaults and keeps the schema's order.
 *
 * @example
 * const schema = {
 *   flavor: enumParam('flavor', ['mu', 'tau'] as const, 'tau'),
 *   mmin: numberParam('mmin', { min: 1e-3, max: 1e5, fallback: 10, label: 'lower Z′ mass (MeV)' }),
 * };
 * parseState(schema, '?flavor=mu&mmin=abc')
 * // → { state: { flavor: 'mu', mmin: 10 }, notices: ['Ignored mmin="abc": …'] }
 */

/** One URL parameter: how to read it, write it, and its default. */
export interface ParamDef<T> {
  /** Query-string name, e.g. 'mmin'. */
  readonly name: string;
  /** Value when the parameter is absent or invalid. */
  readonly fallback: T;
  /**
   * Parses the raw string: the value (with optional notices about parts that were dropped, for
   * list-like parameters), or an error phrase such as "expected mu or tau".
   */
  parse(raw: string): { value: T; notices?: string[] } | { error: string };
  /** Writes a value as the raw string. */
  format(value: T): string;
  /** True when two values are the same (used to omit defaults). */
  equals(a: T, b: T): boolean;
}

/** A state object's schema: one parameter definition per key. */
export type Schema<S> = { readonly [K in keyof S]: ParamDef<S[K]> };

/** Longest raw value quoted back in a notice; hostile inputs are cut, never echoed whole. */
const QUOTE_LIMIT = 40;

/** A raw value as shown in a notice: JSON-quoted (so control characters are visible) and cut short. */
export function quoteRaw(raw: string): string {
  const cut = [...raw].length > QUOTE_LIMIT ? `${[...raw].slice(0, QUOTE_LIMIT).join('')}…` : raw;
  return JSON.stringify(cut);
}

/** A strict decimal number: digits with optional sign, point and exponent; no hex, no "Infinity". */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses a decimal number string strictly; undefined for anything else or a non-finite result. */
export function parseDecimal(raw: string): number | undefined {
  const text = raw.trim();
  if (!NUMBER.test(text)) return undefined;
  const x = Number(text);
  return Number.isFinite(x) ? x : undefined;
}

/** An enumerated parameter: one of a fixed list of strings. */
export function enumParam<T extends string>(name: string, values: readonly T[], fallback: T): ParamDef<T> {
  return {
    name,
    fallback,
    parse: (raw) => ((values as readonly string[]).includes(raw) ? { value: raw as T } : { error: `expected one of ${values.join(', ')}` }),
    format: (value) => value,
    equals: (a, b) => a === b,
  };
}

/** Options of {@link numberParam}. */
export interface NumberParamOptions {
  min: number;
  max: number;
  fallback: number;
  /** What the number is, with units, for notices: 'lower Z′ mass in MeV'. */
  label: string;
  /** Exclude `min` itself (for quantities that must be strictly positive). */
  exclusiveMin?: boolean;
}

/** A finite number within [min, max] (or (min, max] with exclusiveMin). */
export function numberParam(name: string, { min, max, fallback, label, exclusiveMin = false }: NumberParamOptions): ParamDef<number> {
  const range = `${exclusiveMin ? '(' : '['}${min}, ${max}]`;
  return {
    name,
    fallback,
    parse: (raw) => {
      const x = parseDecimal(raw);
      if (x === undefined) return { error: `expected a number (${label})` };
      if (x < min || x > max || (exclusiveMin && x === min)) return { error: `${label} must lie in ${range}` };
      return { value: x };
    },
    format: (value) => String(value),
    equals: (a, b) => a === b,
  };
}

/** A number from a short fixed list, e.g. the band width in σ: 1 or 2. */
export function numberChoiceParam(name: string, values: readonly number[], fallback: number): ParamDef<number> {
  return {
    name,
    fallback,
    parse: (raw) => {
      const x = parseDecimal(raw);
      return x !== undefined && values.includes(x) ? { value: x } : { error: `expected one of ${values.join(', ')}` };
    },
    format: (value) => String(value),
    equals: (a, b) => a === b,
  };
}

/** A boolean written as 1/0 (also reads true/false/yes/no). */
export function booleanParam(name: string, fallback: boolean): ParamDef<boolean> {
  return {
    name,
    fallback,
    parse: (raw) => {
      const text = raw.toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(text)) return { value: true };
      if (['0', 'false', 'no', 'off'].includes(text)) return { value: false };
      return { error: 'expected 1 or 0' };
    },
    format: (value) => (value ? '1' : '0'),
    equals: (a, b) => a === b,
  };
}

/**
 * A comma-separated set of known ids, written in the order of `ids` (so links are stable).
 * `none` stands for the empty set. Unknown ids make the whole parameter invalid.
 */
export function idListParam(name: string, ids: readonly string[], fallback: readonly string[]): ParamDef<readonly string[]> {
  const canonical = (list: readonly string[]) => ids.filter((id) => list.includes(id));
  return {
    name,
    fallback: canonical(fallback),
    parse: (raw) => {
      if (raw === 'none') return { value: [] };
      const items = raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const unknown = items.filter((s) => !ids.includes(s));
      if (items.length === 0) return { error: 'expected a comma-separated list of ids, or none' };
      if (unknown.length > 0) return { error: `unknown id ${quoteRaw(unknown[0])}; known: ${ids.join(', ')}` };
      return { value: canonical(items) };
    },
    format: (value) => (value.length === 0 ? 'none' : canonical(value).join(',')),
    equals: (a, b) => canonical(a).join(',') === canonical(b).join(','),
  };
}

/** The default state of a schema. */
export function defaultState<S>(schema: Schema<S>): S {
  const state = {} as S;
  for (const key of Object.keys(schema) as (keyof S)[]) state[key] = schema[key].fallback;
  return state;
}

/**
 * Reads a state from a query string. Never throws.
 * @param schema the parameter definitions
 * @param search a query string, with or without the leading '?'
 * @returns {state, notices}: notices are plain-text sentences for the reader, one per rejected parameter
 */
export function parseState<S>(schema: Schema<S>, search: string): { state: S; notices: string[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const state = defaultState(schema);
  const notices: string[] = [];
  for (const key of Object.keys(schema) as (keyof S)[]) {
    const def = schema[key];
    const raw = params.get(def.name);
    if (raw === null) continue;
    let result: { value: S[keyof S]; notices?: string[] } | { error: string };
    try {
      result = def.parse(raw);
    } catch (error) {
      result = { error: error instanceof Error ? error.message : 'unreadable value' };
    }
    if ('value' in result) {
      state[key] = result.value;
      notices.push(...(result.notices ?? []));
    } else notices.push(`Ignored ${def.name}=${quoteRaw(raw)}: ${result.error}; using the default.`);
  }
  return { state, notices };
}

/**
 * Writes a state as query parameters: readable names, defaults omitted, the schema's order.
 * @returns the parameters as [name, value] pairs (pass to URLSearchParams or use {@link serializeState})
 */
export function stateEntries<S>(schema: Schema<S>, state: NoInfer<S>): [string, string][] {
  const entries: [string, string][] = [];
  for (const key of Object.keys(schema) as (keyof S)[]) {
    const def = schema[key];
    if (!def.equals(state[key], def.fallback)) entries.push([def.name, def.format(state[key])]);
  }
  return entries;
}

/** A state as a query string without the '?', e.g. 'flavor=mu&mmin=5' ('' for the default state). */
export function serializeState<S>(schema: Schema<S>, state: NoInfer<S>): string {
  return toQuery(stateEntries(schema, state));
}

/** Whether two states name the same view (they would write the same query string). */
export function sameState<S>(schema: Schema<S>, a: NoInfer<S>, b: NoInfer<S>): boolean {
  return serializeState(schema, a) === serializeState(schema, b);
}

/** Percent-encodes a query component but leaves ',' and '~' readable (both are safe in a query). */
function encodeComponent(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',');
}

/** [name, value] pairs as a readable query string without '?'. */
export function toQuery(entries: Iterable<[string, string]>): string {
  return [...entries].map(([name, value]) => `${encodeComponent(name)}=${encodeComponent(value)}`).join('&');
}

/**
 * Replaces a schema's parameters in an existing query string and keeps every other parameter
 * (another widget on the same page may own them).
 * @returns the merged query string without '?'
 */
export function mergeState<S>(schema: Schema<S>, state: NoInfer<S>, search: string): string {
  const params = new URLSearchParams(search);
  for (const key of Object.keys(schema) as (keyof S)[]) params.delete(schema[key].name);
  for (const [name, value] of stateEntries(schema, state)) params.append(name, value);
  return toQuery(params);
}
