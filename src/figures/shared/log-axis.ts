/**
 * Tick positions of a logarithmic axis. Pure; shared by every log–log chart.
 */

/**
 * Powers of ten from `lo` to `hi` inclusive, every `step`-th decade: decades(1e-6, 1e3, 3) is
 * [1e-6, 1e-3, 1, 1e3]. Each value is computed as 10 ** exponent, so it equals the literal 1e-6.
 * @param lo lowest power of ten (positive)
 * @param hi highest power of ten (≥ lo)
 * @param step decades between ticks (a positive integer)
 */
export function decades(lo: number, hi: number, step = 1): number[] {
  if (!(lo > 0 && hi >= lo)) throw new RangeError(`decades needs 0 < lo ≤ hi, got ${lo} and ${hi}`);
  if (!Number.isInteger(step) || step < 1) throw new RangeError(`step must be a positive integer, got ${step}`);
  const out: number[] = [];
  for (let e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e += step) out.push(10 ** e);
  return out;
}
