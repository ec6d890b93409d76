/**
 * JSON Schema (draft-07) validation of the data files with ajv, in strict mode and reporting all
 * errors, phrased for a reader: `$.limits[1].interval.lower: must be ≤ 0, got 1e-13 (entry
 * "xenonnt-mu")`. Runs at build time only; no browser script imports src/data.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/** A JSON Schema object, as parsed from a .schema.json file. */
export type Schema = { readonly [keyword: string]: unknown };

// strict: a schema with an unknown keyword, an ambiguous type or a misplaced rule fails to compile.
// addUsedSchema false: our schemas only use local #/definitions refs, so none is registered by its
// $id, and a copy of a schema (same $id, another object) compiles instead of clashing.
// verbose: each error carries the offending value, quoted after "got".
const ajv = new Ajv({ strict: true, allErrors: true, verbose: true, addUsedSchema: false });

/**
 * The compiled validator of a schema. ajv keeps compiled schemas keyed by the schema object, so
 * each schema is compiled once, on its first use.
 * @throws Error if the schema is invalid or breaks ajv's strict mode
 */
export function validatorFor(schema: Schema): ValidateFunction {
  return ajv.compile(schema);
}

const COMPARISON: Record<string, string> = { '<=': '≤', '>=': '≥', '<': '<', '>': '>' };
const MAX_QUOTED = 80;

/** The keys of a JSON Pointer: `/limits/1/interval` → ['limits', '1', 'interval'] (~1, ~0 undone). */
function pointerKeys(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** `/limits/1/interval` → `$.limits[1].interval`. */
function jsonPath(pointer: string): string {
  return (
    '$' +
    pointerKeys(pointer)
      .map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`))
      .join('')
  );
}

/** The id of the innermost object with a string `id` on the way to the pointer, if any. */
function entryId(data: unknown, pointer: string): string | undefined {
  let id: string | undefined;
  let node = data;
  for (const key of [undefined, ...pointerKeys(pointer)]) {
    if (key !== undefined) node = (node as Record<string, unknown>)[key];
    if (typeof node !== 'object' || node === null) break;
    const candidate = (node as { id?: unknown }).id;
    if (typeof candidate === 'string') id = candidate;
  }
  return id;
}

function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

/** The rule an ajv error reports, in words; `got …` is added for rules about the value itself. */
function rule(error: ErrorObject): { text: string; quoteValue: boolean } {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { text: `is missing required property "${String(p.missingProperty)}"`, quoteValue: false };
    case 'additionalProperties':
      return { text: `has unknown property "${String(p.additionalProperty)}"`, quoteValue: false };
    case 'type':
      return { text: `must be of type ${([] as unknown[]).concat(p.type).join(' or ')}`, quoteValue: true };
    case 'enum':
      return { text: `must be one of ${JSON.stringify(p.allowedValues)}`, quoteValue: true };
    case 'const':
      return { text: `must be ${JSON.stringify(p.allowedValue)}`, quoteValue: true };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { text: `must be ${COMPARISON[String(p.comparison)]} ${String(p.limit)}`, quoteValue: true };
    case 'minLength':
      return { text: `must have at least ${String(p.limit)} characters`, quoteValue: true };
    case 'maxLength':
      return { text: `must have at most ${String(p.limit)} characters`, quoteValue: true };
    case 'pattern':
      return { text: `must match ${String(p.pattern)}`, quoteValue: true };
    case 'minItems':
      return { text: `must have at least ${String(p.limit)} items`, quoteValue: true };
    case 'maxItems':
      return { text: `must have at most ${String(p.limit)} items`, quoteValue: true };
    case 'uniqueItems':
      return {
        text: `must not repeat items (items ${Math.min(Number(p.i), Number(p.j))} and ${Math.max(Number(p.i), Number(p.j))} are equal)`,
        quoteValue: true,
      };
    default:
      // Combinators (if/then, allOf, …): ajv's own words plus where the rule sits in the schema.
      return { text: `${error.message ?? 'is invalid'} (schema rule ${error.schemaPath})`, quoteValue: false };
  }
}

/**
 * Checks `value` against `schema` with ajv.
 * @param value parsed JSON
 * @param schema a draft-07 JSON Schema
 * @returns one message per violation (empty when valid), e.g.
 *   `$.limits[1].interval.lower: must be ≤ 0, got 1e-13 (entry "xenonnt-mu")`
 * @throws Error if the schema itself is invalid or breaks ajv's strict mode
 */
export function checkSchema(value: unknown, schema: Schema): string[] {
  const validate = validatorFor(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => {
    const { text, quoteValue } = rule(error);
    const id = entryId(value, error.instancePath);
    return `${jsonPath(error.instancePath)}: ${text}${quoteValue ? `, got ${quote(error.data)}` : ''}${id === undefined ? '' : ` (entry "${id}")`}`;
  });
}
