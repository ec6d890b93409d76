/**
 * Keeps chart labels apart: positions (in any linear unit, e.g. log10 g) are nudged so neighbours
 * are at least `gap` apart, moving each as little as a two-pass sweep allows, within [min, max].
 */

/**
 * @param positions wanted positions (any order)
 * @param gap smallest allowed distance between neighbours
 * @param min lower end of the allowed range
 * @param max upper end of the allowed range
 * @returns positions in the input order
 */
export function dodgeLabels(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const placed = order.map(({ p }) => Math.min(Math.max(p, min), max));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
  if (placed.length > 0) placed[placed.length - 1] = Math.min(placed[placed.length - 1], max);
  for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k], placed[k + 1] - gap);
  const out = new Array<number>(positions.length);
  order.forEach(({ i }, k) => (out[i] = placed[k]));
  return out;
}
