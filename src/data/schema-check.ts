/**
 * A small JSON Schema (draft-07) checker for the subset of keywords our schemas use, so the
 * loader can validate the data files against src/data/schema/*.schema.json without shipping
 * ajv to the browser. It refuses schemas that use any other keyword, so a schema can never
 * say more than this checker enforces; tests/data/schema-check.test.ts compares it with ajv.
 */

/** A JSON Schema object, as parsed from a .schema.json file. */
export type Schema = { readonly [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$comment', 'definitions']);
const KEYWORDS = new Set([
  'type', 'enum', 'const', 'required', 'properties', 'additionalProperties', 'items', 'minItems',
  'uniqueItems', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'pattern', '$ref',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function resolve(ref: string, root: Schema): Schema {
  const match = /^#\/definitions\/([\w-]+)$/.exec(ref);
  const definitions = root.definitions as Record<string, Schema> | undefined;
  const target = match ? definitions?.[match[1]!] : undefined;
  if (!target) throw new Error(`schema $ref ${ref} is not supported or does not exist`);
  return target;
}

/**
 * Checks `value` against `schema`.
 * @param value parsed JSON
 * @param schema the (sub)schema to check against
 * @param root the whole schema, for resolving `#/definitions/…` references
 * @param path JSON path of `value`, used in messages (default '$')
 * @returns one message per violation, e.g. `$.limits[2].interval.lower: must be ≤ 0, got 1e-9`
 * @throws Error if the schema uses a keyword this checker does not implement
 */
export function checkSchema(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
  for (const keyword of Object.keys(schema)) {
    if (!KEYWORDS.has(keyword) && !ANNOTATIONS.has(keyword)) {
      throw new Error(`schema keyword "${keyword}" at ${path} is not supported by schema-check.ts`);
    }
  }
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
    throw new Error(`schema-check.ts supports only "additionalProperties": false (at ${path})`);
  }
  if (typeof schema.$ref === 'string') return checkSchema(value, resolve(schema.$ref, root), root, path);
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}, got ${JSON.stringify(value)}`);

  if (schema.type !== undefined) {
    const types = ([] as string[]).concat(schema.type as string | string[]);
    if (!types.some((t) => matchesType(value, t))) {
      fail(`must be of type ${types.join(' or ')}`);
      return errors;
    }
  }
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) fail(`must be one of ${JSON.stringify(schema.enum)}`);
  if (schema.const !== undefined && value !== schema.const) fail(`must be ${JSON.stringify(schema.const)}`);

  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && !(value >= schema.minimum)) fail(`must be ≥ ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && !(value <= schema.maximum)) fail(`must be ≤ ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number' && !(value > schema.exclusiveMinimum)) fail(`must be > ${schema.exclusiveMinimum}`);
    if (typeof schema.exclusiveMaximum === 'number' && !(value < schema.exclusiveMaximum)) fail(`must be < ${schema.exclusiveMaximum}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) fail(`must have at least ${schema.minLength} characters`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`must match ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail(`must have at least ${schema.minItems} items`);
    if (schema.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) fail('must not repeat items');
    if (schema.items !== undefined) {
      value.forEach((item, i) => errors.push(...checkSchema(item, schema.items as Schema, root, `${path}[${i}]`)));
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!(key in object)) errors.push(`${path}: is missing required property "${key}"`);
    }
    for (const [key, item] of Object.entries(object)) {
      if (key in properties) errors.push(...checkSchema(item, properties[key]!, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: has unknown property "${key}"`);
    }
  }
  return errors;
}
