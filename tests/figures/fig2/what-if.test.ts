import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkWhatIf, formatWhatIfItem, parseWhatIf, serializeWhatIf, WHAT_IF_MAX_ITEMS, whatIfParam } from '../../../src/figures/fig2/what-if';
import { parseState } from '../../../src/figures/shared/url-state';

describe('parseWhatIf(raw)', () => {
  it('reads the documented example', () => {
    expect(parseWhatIf('MyExp~tau~-1e-13~1e-13~0.9~projection')).toEqual({
      limits: [{ id: 'whatif-1', name: 'MyExp', flavor: 'tau', lower: -1e-13, upper: 1e-13, cl: 0.9, kind: 'projection' }],
      notices: [],
    });
  });

  it('reads several items, an empty CL as null, and numbers ids in order', () => {
    const { limits, notices } = parseWhatIf('A~mu~-5e-12~4e-12~~observed,B two~tau~0~2e-15~0.95~projection');
    expect(notices).toEqual([]);
    expect(limits.map((l) => [l.id, l.name, l.cl])).toEqual([
      ['whatif-1', 'A', null],
      ['whatif-2', 'B two', 0.95],
    ]);
  });

  const hostile: [string, RegExp][] = [
    ['<script>alert(1)</script>~tau~-1e-13~1e-13~0.9~projection', /name may use letters/],
    [`${'x'.repeat(41)}~tau~-1e-13~1e-13~0.9~projection`, /at most 40 characters/],
    ['~tau~-1e-13~1e-13~0.9~projection', /Give the limit a name/],
    ['X~e~-1e-13~1e-13~0.9~projection', /flavour must be mu or tau/],
    ['X~tau~1e-13~1e-13~0.9~projection', /lower end must be ≤ 0/],
    ['X~tau~-1e-13~-1e-14~0.9~projection', /upper end must be ≥ 0/],
    ['X~tau~NaN~1e-13~0.9~projection', /lower end must be a finite number/],
    ['X~tau~-1e-13~Infinity~0.9~projection', /upper end must be a finite number/],
    ['X~tau~-1e400~1e-13~0.9~projection', /lower end must be a finite number/],
    ['X~tau~-1~1e-13~0.9~projection', /above −1 e/],
    ['X~tau~-1e-13~2~0.9~projection', /below 1 e/],
    ['X~tau~-1e-13~1e-13~1~projection', /confidence level/],
    ['X~tau~-1e-13~1e-13~0~projection', /confidence level/],
    ['X~tau~-1e-13~1e-13~90%~projection', /confidence level/],
    ['X~tau~-1e-13~1e-13~0.9~indirect', /kind must be observed, projection or astro/],
    ['X~tau~-1e-13~1e-13~0.9', /6 fields/],
    ['X~tau~-1e-13~1e-13~0.9~projection~extra', /6 fields/],
  ];
  it.each(hostile)('drops %j with a notice (%s) and never throws', (raw, message) => {
    const { limits, notices } = parseWhatIf(raw);
    expect(limits).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Ignored whatif item 1/);
    expect(notices[0]).toMatch(message);
  });

  it('keeps the valid items when one is bad', () => {
    const { limits, notices } = parseWhatIf('Good~mu~-1e-12~1e-12~~observed,Bad~x~0~0~~observed');
    expect(limits.map((l) => l.name)).toEqual(['Good']);
    expect(notices).toHaveLength(1);
  });

  it(`keeps at most ${WHAT_IF_MAX_ITEMS} items`, () => {
    const raw = Array.from({ length: 7 }, (_, i) => `L${i}~tau~-1e-13~1e-13~~projection`).join(',');
    const { limits, notices } = parseWhatIf(raw);
    expect(limits).toHaveLength(WHAT_IF_MAX_ITEMS);
    expect(notices).toHaveLength(2);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const { limits } = parseWhatIf(raw);
        return limits.every((l) => l.lower <= 0 && l.upper >= 0);
      }),
    );
  });
});

describe('serializeWhatIf(limits)', () => {
  const item = fc.record({
    name: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,38}[A-Za-z0-9]$/),
    flavor: fc.constantFrom('mu' as const, 'tau' as const),
    lower: fc.double({ min: -0.999, max: 0, noNaN: true }),
    upper: fc.double({ min: 0, max: 0.999, noNaN: true }),
    cl: fc.option(fc.double({ min: 0.001, max: 0.999, noNaN: true }), { nil: null }),
    kind: fc.constantFrom('observed' as const, 'projection' as const, 'astro' as const),
  });

  it('round-trips every valid list through the URL parameter', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: WHAT_IF_MAX_ITEMS }), (list) => {
        const clean = list.map((l) => ({ ...l, lower: l.lower === 0 ? 0 : l.lower, upper: l.upper === 0 ? 0 : l.upper }));
        const { limits, notices } = parseWhatIf(serializeWhatIf(clean));
        expect(notices).toEqual([]);
        expect(limits.map(({ id: _id, ...rest }) => rest)).toEqual(clean);
      }),
    );
  });

  it('writes name~flavor~lower~upper~cl~kind', () => {
    expect(formatWhatIfItem({ name: 'N', flavor: 'mu', lower: -2e-14, upper: 3e-14, cl: null, kind: 'observed' })).toBe('N~mu~-2e-14~3e-14~~observed');
  });
});

describe('checkWhatIf(fields)', () => {
  it('names every faulty field', () => {
    const result = checkWhatIf({ name: '', flavor: 'x', lower: 'a', upper: '-1', cl: '2', kind: '' });
    expect('errors' in result && result.errors.map((e) => e.field)).toEqual(['name', 'flavor', 'lower', 'upper', 'cl', 'kind']);
  });
});

describe('whatIfParam() in a url-state schema', () => {
  it('turns dropped items into notices of parseState', () => {
    const { state, notices } = parseState({ whatif: whatIfParam() }, `?whatif=${encodeURIComponent('A~tau~-1e-13~1e-13~~projection,<b>~tau~0~0~~observed')}`);
    expect(state.whatif).toHaveLength(1);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('whatif item 2');
  });
});
