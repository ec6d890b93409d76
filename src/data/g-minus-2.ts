/**
 * Δa_μ from a value set of g-minus-2.json: a_μ(exp) − a_μ(SM) with the two uncertainties
 * added in quadrature when both are stored, otherwise the difference as stated.
 */
import type { GMinus2File, GMinus2Set } from './types';

/** Δa_μ and its 1σ uncertainty. */
export interface AnomalyValue {
  /** Δa_μ, dimensionless, or in units of the file's scale when `scale` is 1. */
  value: number;
  sigma: number;
}

/**
 * @param set one entry of g-minus-2.json
 * @param scale multiplier to dimensionless a_μ (pass the file's `scale`, 1e-11; default 1 keeps file units)
 * @returns {value, sigma}: exp − SM and √(σ_exp² + σ_SM²), or the stated difference
 */
export function deltaAmuFromSet(set: GMinus2Set, scale = 1): AnomalyValue {
  if (set.experiment && set.theory) {
    return {
      value: (set.experiment.value - set.theory.value) * scale,
      sigma: Math.hypot(set.experiment.sigma, set.theory.sigma) * scale,
    };
  }
  if (set.statedDifference) return { value: set.statedDifference.value * scale, sigma: set.statedDifference.sigma * scale };
  throw new RangeError(`g-2 set "${set.id}" has neither experiment and theory values nor a stated difference`);
}

/**
 * Finds a set by id. @returns the set
 * @throws RangeError naming the known ids if `id` is unknown
 */
export function gMinus2SetById(file: GMinus2File, id: string): GMinus2Set {
  const set = file.sets.find((s) => s.id === id);
  if (!set) throw new RangeError(`g-2 set id must be one of ${file.sets.map((s) => `'${s.id}'`).join(', ')}, got ${JSON.stringify(id)}`);
  return set;
}
