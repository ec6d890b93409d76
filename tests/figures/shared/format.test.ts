import { describe, expect, it } from 'vitest';
import {
  displayCell,
  formatAnomaly,
  formatAscii,
  formatCell,
  formatCoupling,
  formatMass,
  formatPercent,
  formatPlain,
  formatQuoted,
  formatPowerOfTen,
  formatSci,
  formatShort,
  formatSignedPowerOfTen,
  significantDigits,
  superscript,
} from '../../../src/figures/shared/format';

describe('format', () => {
  it.each([
    [-13, '⁻¹³'],
    [0, '⁰'],
    [7, '⁷'],
    [21, '²¹'],
  ])('superscript(%i) is %s', (n, expected) => expect(superscript(n)).toBe(expected));

  it.each([
    [1.2544e-3, 3, '1.25 × 10⁻³'],
    [-5.5e-8, 2, '−5.5 × 10⁻⁸'],
    [1e-21, 2, '10⁻²¹'],
    [1.0e6, 3, '10⁶'],
    [0.5, 3, '0.500'],
    [245, 3, '245'],
    [0.0477, 3, '0.0477'],
    [9.996e-4, 2, '10⁻³'],
  ])('formatSci(%d, %i) is %s', (x, digits, expected) => expect(formatSci(x, digits)).toBe(expected));

  it.each([
    [1e-6, '10⁻⁶'],
    [1e-12, '10⁻¹²'],
    [1, '10⁰'],
    [1000, '10³'],
  ])('formatPowerOfTen(%d) is %s', (x, expected) => expect(formatPowerOfTen(x)).toBe(expected));

  it('formatAscii writes machine-readable exponents', () => {
    expect(formatAscii(1.2544e-3)).toBe('1.254e-3');
    expect(formatAscii(2.4e6, 2)).toBe('2.4e6');
  });

  it.each([NaN, Infinity, -Infinity])('formatSci(%d) throws a RangeError', (x) => {
    expect(() => formatSci(x)).toThrow(RangeError);
  });
});

describe('formatMass(m) is the one form of a Z′ mass in MeV (build and browser alike)', () => {
  // Hand-checked: 10^-2.5 = 0.0031623 → 3 figures 3.16; 10^-0.5 = 0.31623 → 0.316; 10^1.1 = 12.589 → 12.6.
  it.each([
    [1e-3, '10⁻³'],
    [10 ** -2.5, '3.16 × 10⁻³'],
    [0.01, '0.01'],
    [10 ** -0.5, '0.316'],
    [10 ** 1.1, '12.6'],
    [1e4, '10⁴'],
  ])('formatMass(%d) is %s', (m, text) => expect(formatMass(m)).toBe(text));

  it('never prints the plain decimals the browser table once showed (0.001, 0.00316, 10000)', () => {
    expect([1e-3, 10 ** -2.5, 1e4].map(formatMass)).not.toContain('0.001');
    expect([1e-3, 10 ** -2.5, 1e4].map(formatMass)).toEqual(['10⁻³', '3.16 × 10⁻³', '10⁴']);
  });
});

describe('quantities as written', () => {
  it.each([
    [0.75e-7, 2],
    [1e-6, 1],
    [245, 3],
    [-7.9e-13, 2],
    [1.45e-10, 3],
    [10, 1],
    [0, 1],
  ])('significantDigits(%d) is %i', (x, n) => expect(significantDigits(x)).toBe(n));

  it.each([
    [0.03, '0.03'],
    [20, '20'],
    [0.175, '0.175'],
    [12.5, '12.5'],
    [2.5e-7, '2.5 × 10⁻⁷'],
    [1e3, '10³'],
    [1.2345, '1.23'],
  ])('formatShort(%d) is %s (no more figures than written, at most 3)', (x, text) => expect(formatShort(x)).toBe(text));

  it.each([
    [3.1623, '3.16'],
    [10, '10'],
    [-245.4, '−245'],
  ])('formatPlain(%d) is %s', (x, text) => expect(formatPlain(x)).toBe(text));
});

describe('table cells and labels', () => {
  it('formatCoupling shows a positive coupling to 3 figures and anything else as an em dash', () => {
    expect([1.2345e-4, 0, -1, null, undefined, 'x'].map(formatCoupling)).toEqual(['1.23 × 10⁻⁴', '—', '—', '—', '—', '—']);
  });

  it('formatCell shows every number (zero too), null as an em dash and text as it is', () => {
    expect([1.2345e-4, 0, null, undefined, 'text', true].map(formatCell)).toEqual(['1.23 × 10⁻⁴', '0', '—', '—', 'text', 'true']);
  });

  it('displayCell shows numbers to 4 figures and leaves missing or infinite values empty', () => {
    expect([1.25443e-3, null, Number.NaN, 'a'].map(displayCell)).toEqual(['1.254 × 10⁻³', '', '', 'a']);
  });

  it.each([
    [0.9, '90%'],
    [0.955, '95.5%'],
    [0.6827, '68.3%'],
  ])('formatPercent(%d) is %s', (x, text) => expect(formatPercent(x)).toBe(text));

  it('formatAnomaly writes Δa_μ ± σ in units of 10⁻¹¹ with true minus signs', () => {
    expect(formatAnomaly({ value: 2.49e-9, sigma: 4.8e-10 })).toBe('(249 ± 48) × 10⁻¹¹');
    expect(formatAnomaly({ value: -1.04e-10, sigma: 5.5e-10 })).toBe('(−10.4 ± 55) × 10⁻¹¹');
  });

  it('formatSignedPowerOfTen labels a signed log axis', () => {
    expect([-1e8, -1e4, 0, 1e4].map(formatSignedPowerOfTen)).toEqual(['−10⁸', '−10⁴', '0', '10⁴']);
  });
});

describe('formatQuoted(x, digits), the prose form of a computed number', () => {
  it.each([
    [9.97e-4, 2, '1.0 × 10⁻³'],
    [1e-3, 2, '10⁻³'],
    [-9.97e-4, 2, '−1.0 × 10⁻³'],
    [9.97e-4, 1, '10⁻³'],
    [1.254e-3, 3, '1.25 × 10⁻³'],
  ])('formatQuoted(%d, %i) is %s', (x, digits, text) => expect(formatQuoted(x, digits)).toBe(text));
});
