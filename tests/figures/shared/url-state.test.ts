import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  booleanParam,
  defaultState,
  enumParam,
  idListParam,
  mergeState,
  numberChoiceParam,
  numberParam,
  parseDecimal,
  parseState,
  sameState,
  serializeState,
} from '../../../src/figures/shared/url-state';

const IDS = ['coherent', 'xenonnt', 'lz', 'beam-dump'] as const;
const schema = {
  flavor: enumParam('flavor', ['both', 'mu', 'tau'] as const, 'both'),
  mmin: numberParam('mmin', { min: 1e-3, max: 1e5, fallback: 10, label: 'lowest Z′ mass in MeV', exclusiveMin: true }),
  sigma: numberParam('sigma', { min: 1, max: 3, fallback: 1, label: 'band width in σ' }),
  dark: booleanParam('dark', false),
  exp: idListParam('exp', IDS, ['coherent', 'xenonnt']),
};

describe('parseState(schema, search)', () => {
  it('returns the defaults and no notice for an empty query', () => {
    expect(parseState(schema, '')).toEqual({ state: defaultState(schema), notices: [] });
    expect(parseState(schema, '?')).toEqual({ state: defaultState(schema), notices: [] });
  });

  it('reads every kind of parameter', () => {
    const { state, notices } = parseState(schema, '?flavor=tau&mmin=2.5e1&sigma=2&dark=1&exp=lz,coherent');
    expect(notices).toEqual([]);
    expect(state).toEqual({ flavor: 'tau', mmin: 25, sigma: 2, dark: true, exp: ['coherent', 'lz'] });
  });

  it('reads exp=none as the empty set', () => {
    expect(parseState(schema, 'exp=none').state.exp).toEqual([]);
  });

  it('ignores parameters it does not own', () => {
    expect(parseState(schema, 'q2=5&whatever=%3Cscript%3E')).toEqual({ state: defaultState(schema), notices: [] });
  });

  const hostile: [string, string][] = [
    ['mmin', 'NaN'],
    ['mmin', 'Infinity'],
    ['mmin', '1e400'],
    ['mmin', '-5'],
    ['mmin', '0'],
    ['mmin', ''],
    ['mmin', '0x10'],
    ['mmin', '١٠'],
    ['mmin', '10 MeV'],
    ['sigma', '4'],
    ['flavor', '<script>alert(1)</script>'],
    ['flavor', 'TAU'],
    ['flavor', 'ν_τ'],
    ['dark', 'maybe'],
    ['exp', 'lz,<img src=x>'],
    ['exp', ','],
  ];
  it.each(hostile)('rejects %s=%j with a notice naming the parameter and keeps the default', (name, raw) => {
    const { state, notices } = parseState(schema, new URLSearchParams([[name, raw]]).toString());
    expect(state).toEqual(defaultState(schema));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(new RegExp(`^Ignored ${name}=`));
    expect(notices[0]).toContain('using the default');
  });

  it('cuts a long hostile value to 40 characters in the notice', () => {
    const long = 'x'.repeat(5000);
    const { notices } = parseState(schema, `flavor=${long}`);
    expect(notices[0].length).toBeLessThan(200);
    expect(notices[0]).toContain('…');
  });

  it('never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const { state, notices } = parseState(schema, search);
        expect(Number.isFinite(state.mmin)).toBe(true);
        expect(Array.isArray(notices)).toBe(true);
      }),
    );
  });
});

describe('serializeState(schema, state)', () => {
  it('omits defaults, so the default view has a clean URL', () => {
    expect(serializeState(schema, defaultState(schema))).toBe('');
  });

  it('writes readable names in the schema order with commas unescaped', () => {
    const state = { flavor: 'mu' as const, mmin: 5, sigma: 1, dark: false, exp: ['lz', 'coherent'] };
    expect(serializeState(schema, state)).toBe('flavor=mu&mmin=5&exp=coherent,lz');
  });

  it('round-trips every valid state through the URL', () => {
    const arbitrary = fc.record({
      flavor: fc.constantFrom('both' as const, 'mu' as const, 'tau' as const),
      mmin: fc.double({ min: 1e-3, max: 1e5, noNaN: true }).filter((x) => x > 1e-3),
      sigma: fc.double({ min: 1, max: 3, noNaN: true }),
      dark: fc.boolean(),
      exp: fc.subarray([...IDS]),
    });
    fc.assert(
      fc.property(arbitrary, (state) => {
        const { state: back, notices } = parseState(schema, serializeState(schema, state));
        expect(notices).toEqual([]);
        expect(back).toEqual(state);
      }),
    );
  });
});

describe('sameState(schema, a, b)', () => {
  const base = defaultState(schema);
  it('is true for states that name the same view, however their lists are ordered', () => {
    expect(sameState(schema, base, { ...base })).toBe(true);
    expect(sameState(schema, { ...base, exp: ['lz', 'coherent'] }, { ...base, exp: ['coherent', 'lz'] })).toBe(true);
  });

  it('is false when any parameter differs', () => {
    expect(sameState(schema, base, { ...base, flavor: 'tau' })).toBe(false);
    expect(sameState(schema, base, { ...base, mmin: 10.5 })).toBe(false);
    expect(sameState(schema, base, { ...base, dark: true })).toBe(false);
    expect(sameState(schema, base, { ...base, exp: ['coherent'] })).toBe(false);
  });
});

describe('mergeState(schema, state, search)', () => {
  it('replaces only the schema parameters and keeps the others', () => {
    const merged = mergeState(schema, { ...defaultState(schema), flavor: 'tau' }, '?q2=5&flavor=mu&mmin=3');
    expect(new URLSearchParams(merged).get('q2')).toBe('5');
    expect(new URLSearchParams(merged).get('flavor')).toBe('tau');
    expect(new URLSearchParams(merged).has('mmin')).toBe(false);
  });
});

describe('parseDecimal(raw)', () => {
  it.each([
    ['10', 10],
    ['-2.5e-3', -2.5e-3],
    ['.5', 0.5],
    ['1E3', 1000],
  ])('reads %j as %d', (raw, value) => expect(parseDecimal(raw)).toBe(value));
  it.each(['', 'abc', 'Infinity', '1e400', '0x1f', '1,5', '--1', 'NaN'])('refuses %j', (raw) => {
    expect(parseDecimal(raw)).toBeUndefined();
  });
});

describe('numberChoiceParam(name, values, fallback)', () => {
  const choice = { sigma: numberChoiceParam('sigma', [1, 2], 1) };
  it('accepts only the listed numbers', () => {
    expect(parseState(choice, 'sigma=2')).toEqual({ state: { sigma: 2 }, notices: [] });
    expect(parseState(choice, 'sigma=2.0').state.sigma).toBe(2);
    const { state, notices } = parseState(choice, 'sigma=3');
    expect(state.sigma).toBe(1);
    expect(notices[0]).toContain('expected one of 1, 2');
  });
});
