import { describe, expect, it } from 'vitest';
import { formatAscii, formatPowerOfTen, formatSci, superscript } from '../../../src/figures/shared/format';

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
