/**
 * Every data file validates against its JSON Schema under ajv (the reference implementation),
 * and the loader's own checker (src/data/schema-check.ts) agrees with ajv on the real files
 * and on systematically broken copies of them.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { checkSchema, type Schema } from '../../src/data/schema-check';

const names = ['millicharge-limits', 'g-minus-2', 'hubble-regions', 'momentum-transfer', 'solar-oscillation'] as const;
const load = (path: string) => JSON.parse(readFileSync(new URL(`../../src/data/${path}`, import.meta.url), 'utf8'));
const files = names.map((name) => ({ name, data: load(`${name}.json`), schema: load(`schema/${name}.schema.json`) as Schema }));

/** Broken copies: each leaf replaced by a wrong-typed value, each object given an unknown key or losing a key. */
function mutations(value: unknown): unknown[] {
  if (Array.isArray(value)) {
    return [[], ...value.flatMap((item, i) => mutations(item).map((m) => value.map((v, j) => (j === i ? m : v))))];
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return [
      { ...value, unexpected: 1 },
      ...entries.map(([key]) => Object.fromEntries(entries.filter(([k]) => k !== key))),
      ...entries.flatMap(([key, v]) => mutations(v).map((m) => ({ ...value, [key]: m }))),
    ];
  }
  if (typeof value === 'number') return ['1', -1, 0, 1e300, -Infinity === value ? 0 : null];
  if (typeof value === 'string') return ['', 5, 'not-a-valid VALUE'];
  if (typeof value === 'boolean') return ['true'];
  return [0];
}

describe.each(files.map((f) => [f.name, f] as const))('src/data/%s.json', (_name, { data, schema }) => {
  const ajv = new Ajv({ strict: true, allErrors: true });
  const validate = ajv.compile(schema);

  test('validates against its JSON Schema under ajv (strict mode)', () => {
    expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  test('validates under the loader’s schema checker too', () => {
    expect(checkSchema(data, schema)).toEqual([]);
  });

  test('is judged the same way by the loader’s checker and by ajv on every broken copy (dozens to hundreds per file)', () => {
    const broken = mutations(data);
    expect(broken.length).toBeGreaterThan(50);
    let rejected = 0;
    for (const copy of broken) {
      const ajvOk = validate(copy);
      const ourOk = checkSchema(copy, schema).length === 0;
      expect(ourOk, `disagreement on ${JSON.stringify(copy).slice(0, 300)}`).toBe(ajvOk);
      if (!ajvOk) rejected++;
    }
    // Most copies are invalid, but not all (e.g. −1 is a fine lower bound): both branches are exercised.
    expect(rejected).toBeGreaterThan(broken.length / 2);
    expect(rejected).toBeLessThan(broken.length);
  });

  test('has a meta block with version, date, description and sources', () => {
    expect(data.meta).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(data.meta.sources.length).toBeGreaterThan(0);
  });
});

test('checkSchema refuses schema keywords it does not implement, so schemas cannot outgrow it', () => {
  expect(() => checkSchema(1, { oneOf: [{ type: 'number' }] })).toThrow(/"oneOf".*not supported/);
  expect(() => checkSchema({}, { additionalProperties: { type: 'number' } })).toThrow(/additionalProperties/);
  expect(() => checkSchema(1, { $ref: '#/definitions/missing' })).toThrow(/\$ref/);
});

test('checkSchema reports the JSON path, the rule and the value', () => {
  const schema: Schema = { type: 'object', properties: { interval: { type: 'object', properties: { lower: { type: 'number', maximum: 0 } } } } };
  expect(checkSchema({ interval: { lower: 1e-9 } }, schema)).toEqual(['$.interval.lower: must be ≤ 0, got 1e-9']);
});
