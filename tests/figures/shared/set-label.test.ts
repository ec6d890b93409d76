import { describe, expect, it } from 'vitest';
import { setOptionLabel } from '../../../src/figures/shared/set-label';

describe('setOptionLabel', () => {
  it('rewrites an ASCII "(v ± s)e-11" label to "<year>, paper: (v ± s) × 10⁻¹¹"', () => {
    expect(setOptionLabel({ id: '2023-paper', label: '2023 as quoted by the paper: (245 ± 48)e-11', value: 245e-11, sigma: 48e-11 })).toBe(
      '2023, paper: (245 ± 48) × 10⁻¹¹',
    );
  });
  it('writes a negative value with a true minus sign', () => {
    expect(setOptionLabel({ id: '2030-paper', label: 'x: (-12 ± 30)e-11', value: -12e-11, sigma: 30e-11 })).toBe('2030, paper: (−12 ± 30) × 10⁻¹¹');
  });
  it('leaves descriptive labels untouched', () => {
    const label = '2025: final world average vs White Paper 2025';
    expect(setOptionLabel({ id: '2025', label, value: 38e-11, sigma: 63e-11 })).toBe(label);
  });
});
