/**
 * The data files against their JSON Schemas, and checkSchema (ajv, strict mode, all errors):
 * how it phrases each kind of violation, that it refuses schemas strict mode rejects, and that
 * it compiles a schema once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkSchema, validatorFor, type Schema } from '../../src/data/schema-check';

const names = ['millicharge-limits', 'g-minus-2', 'hubble-regions', 'momentum-transfer', 'solar-oscillation', 'zprime-limits', 'z-exchange-analyses'] as const;
const load = (path: string) => JSON.parse(readFileSync(new URL(`../../src/data/${path}`, import.meta.url), 'utf8'));
const files = names.map((name) => ({ name, data: load(`${name}.json`), schema: load(`schema/${name}.schema.json`) as Schema }));

describe.each(files.map((f) => [f.name, f] as const))('src/data/%s.json', (_name, { data, schema }) => {
  test('validates against its draft-07 JSON Schema under ajv in strict mode', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(checkSchema(data, schema)).toEqual([]);
  });

  test('has a meta block with version, date, description and sources', () => {
    expect(data.meta).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(data.meta.sources.length).toBeGreaterThan(0);
  });

  test('is rejected, with a message naming the property, when a required top-level property is missing or an unknown one is added', () => {
    const [first] = schema.required as string[];
    const { [first!]: _dropped, ...missing } = data;
    expect(checkSchema(missing, schema)).toContain(`$: is missing required property "${first}"`);
    expect(checkSchema({ ...data, extra: 1 }, schema)).toEqual(['$: has unknown property "extra"']);
  });
});

const entrySchema: Schema = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id'],
        properties: {
          id: { type: 'string', minLength: 2, pattern: '^[a-z-]+$' },
          kind: { enum: ['observed', 'projection'] },
          units: { const: 'e' },
          lower: { type: 'number', maximum: 0 },
          upper: { type: 'number', minimum: 0 },
          cl: { type: ['number', 'null'], exclusiveMinimum: 0, exclusiveMaximum: 1 },
          flavors: { type: 'array', uniqueItems: true, items: { type: 'string' } },
          'a/b~c': { type: 'integer' },
        },
      },
    },
  },
};
const entry = (fields: Record<string, unknown>) => ({ items: [{ id: 'ok-entry' }, { id: 'lz-tau', ...fields }] });

describe('checkSchema(value, schema) phrases each violation as "path: rule, got value (entry id)"', () => {
  test.each([
    ['maximum', { lower: 1e-13 }, '$.items[1].lower: must be ≤ 0, got 1e-13 (entry "lz-tau")'],
    ['minimum', { upper: -2 }, '$.items[1].upper: must be ≥ 0, got -2 (entry "lz-tau")'],
    ['exclusiveMinimum', { cl: 0 }, '$.items[1].cl: must be > 0, got 0 (entry "lz-tau")'],
    ['exclusiveMaximum', { cl: 1 }, '$.items[1].cl: must be < 1, got 1 (entry "lz-tau")'],
    ['type (union)', { cl: '0.9' }, '$.items[1].cl: must be of type number or null, got "0.9" (entry "lz-tau")'],
    ['type', { lower: null }, '$.items[1].lower: must be of type number, got null (entry "lz-tau")'],
    ['enum', { kind: 'astro' }, '$.items[1].kind: must be one of ["observed","projection"], got "astro" (entry "lz-tau")'],
    ['const', { units: 'C' }, '$.items[1].units: must be "e", got "C" (entry "lz-tau")'],
    [
      'uniqueItems',
      { flavors: ['mu', 'tau', 'mu'] },
      '$.items[1].flavors: must not repeat items (items 0 and 2 are equal), got ["mu","tau","mu"] (entry "lz-tau")',
    ],
    ['additionalProperties', { source: 'x' }, '$.items[1]: has unknown property "source" (entry "lz-tau")'],
    ['JSON Pointer escapes', { 'a/b~c': 1.5 }, '$.items[1].a/b~c: must be of type integer, got 1.5 (entry "lz-tau")'],
  ])('%s', (_rule, fields, message) => {
    expect(checkSchema(entry(fields), entrySchema)).toEqual([message]);
  });

  test('reports every violation, not only the first (allErrors)', () => {
    expect(checkSchema(entry({ lower: 1, upper: -1 }), entrySchema)).toEqual([
      '$.items[1].lower: must be ≤ 0, got 1 (entry "lz-tau")',
      '$.items[1].upper: must be ≥ 0, got -1 (entry "lz-tau")',
    ]);
  });

  test('names the entry by the id it has, even when that id breaks a rule, and leaves it out where no id applies', () => {
    expect(checkSchema({ items: [{ id: 'X' }] }, entrySchema)).toEqual([
      '$.items[0].id: must have at least 2 characters, got "X" (entry "X")',
      '$.items[0].id: must match ^[a-z-]+$, got "X" (entry "X")',
    ]);
    expect(checkSchema({ items: [{}] }, entrySchema)).toEqual(['$.items[0]: is missing required property "id"']);
    expect(checkSchema({ items: [] }, entrySchema)).toEqual(['$.items: must have at least 1 items, got []']);
  });

  test('shortens a long offending value to 80 characters', () => {
    const [message] = checkSchema({ items: 'x'.repeat(200) }, entrySchema);
    expect(message).toBe(`$.items: must be of type array, got "${'x'.repeat(78)}…`);
  });

  test('reports a failed if/then with ajv’s words and the rule’s place in the schema, beside the inner violation', () => {
    const schema: Schema = {
      type: 'object',
      properties: { id: { type: 'string' } },
      if: { properties: { id: { type: 'string', pattern: '^[1-9]' } } },
      then: { properties: { paperRef: { type: 'integer' } }, required: ['paperRef'] },
    };
    expect(checkSchema({ id: '12' }, schema)).toEqual([
      '$: is missing required property "paperRef" (entry "12")',
      '$: must match "then" schema (schema rule #/if) (entry "12")',
    ]);
  });
});

describe('validatorFor(schema) compiles with ajv in strict mode, once per schema', () => {
  test('returns the same compiled function for the same schema object', () => {
    expect(validatorFor(entrySchema)).toBe(validatorFor(entrySchema));
  });

  test('compiles a copy of a schema with the same $id instead of clashing with the first', () => {
    const schema = files[0]!.schema;
    expect(checkSchema(files[0]!.data, structuredClone(schema))).toEqual([]);
    expect(validatorFor(structuredClone(schema))).not.toBe(validatorFor(schema));
  });

  test('refuses a schema with an unknown keyword or a misspelt one', () => {
    expect(() => checkSchema(1, { type: 'number', minimun: 0 })).toThrow(/strict mode: unknown keyword: "minimun"/);
  });

  test('refuses a schema whose rules cannot apply to its type (strictTypes)', () => {
    expect(() => checkSchema('a', { type: 'string', minimum: 0 })).toThrow(/strict mode/);
  });

  test('refuses a $ref to a definition that does not exist', () => {
    expect(() => checkSchema(1, { $ref: '#/definitions/missing' })).toThrow(/can't resolve reference #\/definitions\/missing/);
  });
});
