/**
 * Short option text for a Δa_μ value-set dropdown. Data labels stay as written in
 * src/data/g-minus-2.json; only the one that ends in an ASCII "(245 ± 48)e-11" is rewritten, to
 * "2023, paper: (245 ± 48) × 10⁻¹¹", from the set's own value and σ, so a phone does not cut it off.
 */
import { formatAnomaly } from './format';

/** What a dropdown needs of a value set (value and sigma dimensionless, as in limitsData()). */
export interface SetLabelInput {
  id: string;
  label: string;
  value: number;
  sigma: number;
}

/**
 * @param set a value set with its label and dimensionless value and σ
 * @returns the label, or for an "…: (v ± s)e-11" label "<year>, paper: (v ± s) × 10⁻¹¹"
 */
export function setOptionLabel(set: SetLabelInput): string {
  if (!/\)e-11\s*$/.test(set.label)) return set.label;
  const year = /^\d{4}/.exec(set.id)?.[0] ?? /^\d{4}/.exec(set.label)?.[0];
  const head = year ? `${year}, paper` : set.label.replace(/:.*$/, '');
  return `${head}: ${formatAnomaly(set)}`;
}
