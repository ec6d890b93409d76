/**
 * Number formatting for physicists: powers of ten as 10⁻⁶ (never 1e-6, 1µ or 0.000001).
 * Pure functions, shared by tick labels, tables, the prose (<Value>) and downloads' captions.
 */

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** Integer exponent in Unicode superscripts: superscript(-13) === '⁻¹³'. */
export function superscript(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`superscript needs an integer, got ${n}`);
  return String(n).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]);
}

/** Decimal exponent and mantissa of a finite non-zero x, with the mantissa rounded to `digits` significant figures. */
function split(x: number, digits: number): { mantissa: string; exponent: number } {
  const [m, e] = Math.abs(x)
    .toExponential(digits - 1)
    .split('e');
  return { mantissa: m, exponent: Number(e) };
}

/**
 * Scientific notation with Unicode: formatSci(1.2544e-3, 3) === '1.25 × 10⁻³'.
 * Exponents between `plainBelow` and `plainAbove` print as plain decimals (formatSci(0.5) === '0.500').
 * @param x any finite number
 * @param digits significant figures (1–15)
 */
export function formatSci(x: number, digits = 3, { plainAbove = 3, plainBelow = -2 } = {}): string {
  if (!Number.isFinite(x)) throw new RangeError(`formatSci needs a finite number, got ${x}`);
  if (!Number.isInteger(digits) || digits < 1 || digits > 15) throw new RangeError(`digits must be an integer 1–15, got ${digits}`);
  if (x === 0) return '0';
  const sign = x < 0 ? '−' : '';
  const { mantissa, exponent } = split(x, digits);
  if (exponent >= plainBelow && exponent < plainAbove) {
    const decimals = Math.max(0, digits - 1 - exponent);
    return sign + Math.abs(x).toFixed(decimals);
  }
  if (mantissa === '1' || /^1\.0+$/.test(mantissa)) return `${sign}10${superscript(exponent)}`;
  return `${sign}${mantissa} × 10${superscript(exponent)}`;
}

/** A power of ten as a tick label: formatPowerOfTen(1e-6) === '10⁻⁶'; other values fall back to formatSci. */
export function formatPowerOfTen(x: number): string {
  if (!Number.isFinite(x) || x <= 0) throw new RangeError(`formatPowerOfTen needs a positive finite number, got ${x}`);
  const e = Math.round(Math.log10(x));
  if (Math.abs(x / 10 ** e - 1) < 1e-9) return `10${superscript(e)}`;
  return formatSci(x, 2);
}

/** Plain ASCII scientific notation for CSV/JSON captions and machine reading: '1.254e-3'. */
export function formatAscii(x: number, digits = 4): string {
  if (!Number.isFinite(x)) throw new RangeError(`formatAscii needs a finite number, got ${x}`);
  return x.toExponential(digits - 1).replace('e+', 'e');
}
