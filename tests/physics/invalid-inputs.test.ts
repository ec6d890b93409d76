/**
 * Every public function validates its inputs: NaN, ±Infinity, wrong types, negative couplings,
 * non-positive masses, bad flavours or treatments always throw a RangeError that names the
 * parameter, and valid inputs always give finite numbers (never NaN or Infinity).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  bandExclusion,
  boundRelaxation,
  constantBandExclusion,
  couplingBandForDeltaAmu,
  couplingBound,
  couplingForDeltaAmu,
  deltaAmu,
  effectiveChargeFactor,
  effectiveCouplingBound,
  jointCouplingBound,
  jointCouplingFactor,
  kineticMixing,
  kineticMixingRatio,
  massForRelaxation,
  neutrinoMillicharge,
  solarFlavorProbabilities,
} from '../../src/physics/index';

const notNumbers = [Number.NaN, Infinity, -Infinity, '5', null, undefined, {}, [], true];
const coupling = { valid: fc.double({ min: 0, max: 10, noNaN: true }), invalid: [...notNumbers, -1, -1e-300] };
const mass = { valid: fc.double({ min: -300, max: 300, noNaN: true }).map((e) => 10 ** e), invalid: [...notNumbers, 0, -5] };
const massOrZero = { valid: fc.oneof(fc.constant(0), mass.valid), invalid: [...notNumbers, -5] };
// q2 is optional (default 0) where it appears, so undefined is a valid value for it.
const q2 = { valid: fc.double({ min: -1e12, max: 4.4e4, noNaN: true }), invalid: [...notNumbers.filter((x) => x !== undefined), 44654.77, 1e6] };
const spacelike = { valid: fc.double({ min: -300, max: 300, noNaN: true }).map((e) => -(10 ** e)), invalid: [...notNumbers, 0, 1] };
const flavor = { valid: fc.constantFrom('e', 'mu', 'tau'), invalid: ['MU', '', 'nu_mu', 5, null, undefined] };
const treatment = { valid: fc.constantFrom('signed', 'symmetric'), invalid: ['both', '', 1, null] };
const limit = {
  valid: fc.record({
    flavor: fc.constantFrom('mu', 'tau'),
    lower: fc.double({ min: -1e-3, max: 0, noNaN: true }),
    upper: fc.double({ min: 0, max: 1e-3, noNaN: true }),
  }),
  invalid: [
    null,
    5,
    'coherent',
    { flavor: 'e', lower: -1, upper: 1 },
    { flavor: 'mu', lower: 1, upper: 2 },
    { flavor: 'tau', lower: -1 },
    { flavor: 'mu', lower: Number.NaN, upper: 1 },
  ],
};
const target = { valid: fc.double({ min: 0, max: 1e-3, noNaN: true }), invalid: [...notNumbers, -1e-11] };
const measurement = {
  valid: fc.record({ value: fc.double({ min: -1e-8, max: 1e-8, noNaN: true }), sigma: fc.double({ min: 0, max: 1e-8, noNaN: true }) }),
  invalid: [null, 3, { value: 1e-9 }, { value: Number.NaN, sigma: 1e-10 }, { value: 1e-9, sigma: -1 }],
};
const nSigma = { valid: fc.double({ min: 0, max: 5, noNaN: true }), invalid: [...notNumbers, -1] };

const masses = {
  valid: fc
    .tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true }))
    .map(([a, b]) => ({ min: 10 ** Math.min(a, b), max: 10 ** Math.max(a, b) })),
  invalid: [null, 5, { min: 0, max: 1 }, { min: 2, max: 1 }, { min: 1, max: Infinity }, { min: 1 }],
};
const survival = { valid: fc.double({ min: 0, max: 0.999, noNaN: true }), invalid: [...notNumbers, 1, -0.1] };
const sin2Theta23 = { valid: fc.double({ min: 1e-6, max: 0.999999, noNaN: true }), invalid: [...notNumbers, 0, 1, 1.5] };
const probabilities = {
  valid: fc.tuple(survival.valid, sin2Theta23.valid).map(([ee, s]) => solarFlavorProbabilities(ee, s)),
  invalid: [null, 5, { ee: 0.5, emu: 0, etau: 0.5 }, { ee: 0.5, emu: 0.2, etau: Number.NaN }, {}],
};
const chargedFlavor = { valid: fc.constantFrom('mu', 'tau'), invalid: ['e', 'MU', '', 5, null, undefined] };

type Param = { name: string; valid: fc.Arbitrary<unknown>; invalid: unknown[] };
const cases: { name: string; fn: (...args: never[]) => unknown; params: Param[] }[] = [
  {
    name: 'kineticMixing',
    fn: kineticMixing,
    params: [
      { name: 'g', ...coupling },
      { name: 'q2', ...q2 },
    ],
  },
  { name: 'kineticMixingRatio', fn: kineticMixingRatio, params: [{ name: 'q2', ...q2 }] },
  {
    name: 'neutrinoMillicharge',
    fn: neutrinoMillicharge,
    params: [
      { name: 'g', ...coupling },
      { name: 'flavor', ...flavor },
      { name: 'q2', ...q2 },
    ],
  },
  {
    name: 'couplingBound',
    fn: couplingBound,
    params: [
      { name: 'limit', ...limit },
      { name: 'treatment', ...treatment },
    ],
  },
  {
    name: 'deltaAmu',
    fn: deltaAmu,
    params: [
      { name: 'g', valid: fc.double({ min: 0, max: 1, noNaN: true }), invalid: coupling.invalid },
      { name: 'mZprime', ...mass },
    ],
  },
  {
    name: 'couplingForDeltaAmu',
    fn: couplingForDeltaAmu,
    params: [
      { name: 'deltaAmu', ...target },
      { name: 'mZprime', valid: fc.double({ min: -300, max: 100, noNaN: true }).map((e) => 10 ** e), invalid: mass.invalid },
    ],
  },
  {
    name: 'couplingBandForDeltaAmu',
    fn: couplingBandForDeltaAmu,
    params: [
      { name: 'measurement', ...measurement },
      { name: 'nSigma', ...nSigma },
      { name: 'mZprime', valid: fc.double({ min: -300, max: 100, noNaN: true }).map((e) => 10 ** e), invalid: mass.invalid },
    ],
  },
  {
    name: 'effectiveChargeFactor',
    fn: effectiveChargeFactor,
    params: [
      { name: 'q2', ...spacelike },
      { name: 'mZprime', ...massOrZero },
    ],
  },
  {
    name: 'effectiveCouplingBound',
    fn: effectiveCouplingBound,
    params: [
      { name: 'limit', ...limit },
      { name: 'treatment', ...treatment },
      {
        name: 'mZprime',
        valid: fc.oneof(
          fc.constant(0),
          fc.double({ min: -100, max: 100, noNaN: true }).map((e) => 10 ** e),
        ),
        invalid: massOrZero.invalid,
      },
      { name: 'q2', valid: fc.double({ min: -100, max: 100, noNaN: true }).map((e) => -(10 ** e)), invalid: spacelike.invalid },
    ],
  },
  {
    name: 'boundRelaxation',
    fn: boundRelaxation,
    params: [
      { name: 'q2', valid: fc.double({ min: -100, max: 100, noNaN: true }).map((e) => -(10 ** e)), invalid: spacelike.invalid },
      {
        name: 'mZprime',
        valid: fc.oneof(
          fc.constant(0),
          fc.double({ min: -100, max: 100, noNaN: true }).map((e) => 10 ** e),
        ),
        invalid: massOrZero.invalid,
      },
    ],
  },
  {
    name: 'massForRelaxation',
    fn: massForRelaxation,
    params: [
      { name: 'q2', valid: fc.double({ min: -100, max: 100, noNaN: true }).map((e) => -(10 ** e)), invalid: spacelike.invalid },
      { name: 'relaxation', valid: fc.double({ min: 0, max: 100, noNaN: true }).map((e) => 10 ** e), invalid: [...notNumbers, 0.5, -2] },
    ],
  },
  {
    name: 'bandExclusion',
    fn: bandExclusion,
    params: [
      { name: 'staticBound', ...coupling },
      {
        name: 'momentumTransfer',
        valid: fc.oneof(
          fc.constant(null),
          fc.double({ min: -50, max: 50, noNaN: true }).map((e) => 10 ** e),
        ),
        invalid: [Number.NaN, Infinity, 0, -1, '5', undefined],
      },
      { name: 'edges', valid: fc.constant(() => ({ lower: 1e-4, upper: 1e-3 })), invalid: [null, 5, 'edges', {}] },
      { name: 'masses', ...masses },
    ],
  },
  {
    name: 'constantBandExclusion',
    fn: constantBandExclusion,
    params: [
      { name: 'staticBound', ...coupling },
      {
        name: 'momentumTransfer',
        valid: fc.oneof(
          fc.constant(null),
          fc.double({ min: -50, max: 50, noNaN: true }).map((e) => 10 ** e),
        ),
        invalid: [Number.NaN, Infinity, 0, -1, '5', undefined],
      },
      {
        name: 'band',
        valid: fc
          .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
          .map(([a, b]) => ({ lower: Math.min(a, b), upper: Math.max(a, b) })),
        invalid: [null, 3, { lower: 2, upper: 1 }, { lower: -1, upper: 1 }, { lower: Number.NaN, upper: 1 }, { lower: 0 }],
      },
      { name: 'masses', ...masses },
    ],
  },
  {
    name: 'solarFlavorProbabilities',
    fn: solarFlavorProbabilities,
    params: [
      { name: 'survivalEe', ...survival },
      { name: 'sin2Theta23', ...sin2Theta23 },
    ],
  },
  {
    name: 'jointCouplingFactor',
    fn: jointCouplingFactor,
    params: [
      { name: 'probabilities', ...probabilities },
      { name: 'flavor', ...chargedFlavor },
    ],
  },
  {
    name: 'jointCouplingBound',
    fn: jointCouplingBound,
    params: [
      { name: 'singleFlavorBound', ...coupling },
      { name: 'probabilities', ...probabilities },
      { name: 'flavor', ...chargedFlavor },
    ],
  },
];

/** Every number in a (possibly nested) result. */
const numbersIn = (x: unknown): number[] => (typeof x === 'number' ? [x] : typeof x === 'object' && x !== null ? Object.values(x).flatMap(numbersIn) : []);

describe.each(cases)('$name', ({ fn, params }) => {
  test('returns only finite numbers for valid inputs (fast-check)', () => {
    fc.assert(
      fc.property(fc.tuple(...params.map((p) => p.valid)), (args) => {
        const call = fn as (...a: unknown[]) => unknown;
        return numbersIn(call(...args)).every(Number.isFinite);
      }),
      { numRuns: 200 },
    );
  });

  test.each(params.map((p, i) => ({ ...p, i })))('throws a RangeError naming $name for any invalid $name (fast-check)', ({ i, name, invalid }) => {
    fc.assert(
      fc.property(fc.tuple(...params.map((p) => p.valid)), fc.constantFrom(...invalid), (args, bad) => {
        const call = fn as (...a: unknown[]) => unknown;
        const withBad = args.map((a, j) => (j === i ? bad : a));
        try {
          call(...withBad);
        } catch (error) {
          return error instanceof RangeError && error.message.startsWith(name);
        }
        return false;
      }),
      { numRuns: 100 },
    );
  });
});

test('the example message of the style guide is what a reader sees', () => {
  expect(() => deltaAmu(1, -5)).toThrow(new RangeError('mZprime must be a positive finite mass in MeV, got -5'));
  expect(() => deltaAmu(-1, 5)).toThrow(new RangeError('g must be a finite non-negative coupling (dimensionless), got -1'));
  expect(() => neutrinoMillicharge(1, 'nu_mu' as 'mu')).toThrow(new RangeError(`flavor must be one of 'e', 'mu', 'tau', got "nu_mu"`));
});
