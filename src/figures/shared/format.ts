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

/** Tick label for a signed power of ten: formatSignedPowerOfTen(-1e6) === '−10⁶', 0 → '0'. */
export function formatSignedPowerOfTen(x: number): string {
  if (x === 0) return '0';
  const e = Math.round(Math.log10(Math.abs(x)));
  return `${x < 0 ? '−' : ''}10${superscript(e)}`;
}

/**
 * A plain decimal with at most `digits` significant figures and no trailing zeros, with a true
 * minus sign: formatPlain(3.1623) === '3.16', formatPlain(10) === '10', formatPlain(-245.4) === '−245'.
 */
export function formatPlain(x: number, digits = 3): string {
  if (!Number.isFinite(x)) throw new RangeError(`formatPlain needs a finite number, got ${x}`);
  return String(Number(x.toPrecision(digits))).replace('-', '−');
}

/** Significant digits a stored number was written with: 1.2e-3 → 2, 4e-6 → 1 (so '4 × 10⁻⁶', not '4.0'); at most 15. */
export function significantDigits(x: number): number {
  const mantissa = Math.abs(x).toExponential().split('e')[0].replace('.', '').replace(/0+$/, '');
  return Math.min(Math.max(mantissa.length, 1), 15);
}

/**
 * A typed or data quantity without invented precision, at most 3 figures: formatShort(10) === '10',
 * formatShort(12.5) === '12.5', formatShort(1e-3) === '10⁻³', formatShort(2.5e-7) === '2.5 × 10⁻⁷'.
 */
export function formatShort(x: number): string {
  return formatSci(x, Math.min(3, significantDigits(x)));
}

/**
 * A Z′ mass in MeV, the one form for readouts, labels and the data tables of build and browser:
 * plain with up to 3 significant figures from 0.01 to below 10⁴ (0.316, 12.6), otherwise scientific
 * (10⁻³, 3.16 × 10⁻³, 10⁴).
 */
export function formatMass(m: number): string {
  return m >= 0.01 && m < 1e4 ? formatPlain(m, 3) : formatSci(m, 3);
}

/** A coupling for a table cell: formatSci to 3 figures, '—' when there is none (not a positive number). */
export function formatCoupling(g: number | string | boolean | null | undefined): string {
  return typeof g === 'number' && g > 0 ? formatSci(g) : '—';
}

/** A data-table cell: numbers in scientific notation (3 figures), null or undefined as an em dash, text as it is. */
export function formatCell(value: number | string | boolean | null | undefined): string {
  if (typeof value === 'number') return formatSci(value, 3);
  if (value === null || value === undefined) return '—';
  return String(value);
}

/** A confidence level (a fraction) as a percentage to 0.1 %: formatPercent(0.9) === '90%', 0.955 → '95.5%'. */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

/** A Δa_μ in units of 10⁻¹¹, 3 significant figures: formatAnomalyUnits(2.45e-9) === '245'. */
export function formatAnomalyUnits(x: number): string {
  return formatPlain(x / 1e-11, 3);
}

/** Δa_μ with its 1σ as '(245 ± 48) × 10⁻¹¹' (value and sigma dimensionless). */
export function formatAnomaly(set: { value: number; sigma: number }): string {
  return `(${formatAnomalyUnits(set.value)} ± ${formatAnomalyUnits(set.sigma)}) × 10⁻¹¹`;
}

/** A value as shown in Fig. 2's on-page data table: numbers as 1.25 × 10⁻³ (4 digits), null as '', text as is. */
export function displayCell(value: number | string | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? formatSci(value, 4) : '';
  return String(value);
}

/** True when |x| is exactly an integer power of ten (to rounding error). */
function isPowerOfTen(x: number): boolean {
  const e = Math.round(Math.log10(Math.abs(x)));
  return Math.abs(Math.abs(x) / 10 ** e - 1) < 1e-12;
}

/**
 * A computed number as the prose quotes it: formatSci, except that a value which is not a power of
 * ten keeps its mantissa where formatSci would print a bare power (formatQuoted(9.97e-4, 2) ===
 * '1.0 × 10⁻³', so a column of such numbers reads alike); formatQuoted(1e-3, 2) === '10⁻³'.
 */
export function formatQuoted(x: number, digits: number, { plainAbove = 3 } = {}): string {
  const text = formatSci(x, digits, { plainAbove });
  const bare = /^(−?)10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(text);
  if (!bare || digits <= 1 || isPowerOfTen(x)) return text;
  return `${bare[1]}${
    Math.abs(x)
      .toExponential(digits - 1)
      .split('e')[0]
  } × 10${bare[2]}`;
}
