/**
 * Physical constants, in the project's base units: masses in MeV, charges in
 * units of the elementary charge e, natural units (ħ = c = 1).
 *
 * Each constant carries its source. Changing one here changes every formula;
 * the high-precision references in tests/reference/make_reference.py use the
 * same values and must be regenerated with it.
 */

/** Muon mass m_μ in MeV. PDG 2024: 105.6583755(23) MeV. */
export const MUON_MASS_MEV = 105.6583755;

/** Tau mass m_τ in MeV. PDG 2024: 1776.93(9) MeV. */
export const TAU_MASS_MEV = 1776.93;

/** Fine-structure constant α (dimensionless). CODATA 2022: 1/137.035999177(21). */
export const ALPHA = 1 / 137.035999177;

/** Elementary charge e = √(4πα) in natural (Heaviside–Lorentz) units, dimensionless. */
export const ELEMENTARY_CHARGE = Math.sqrt(4 * Math.PI * ALPHA);

/**
 * ln(m_τ²/m_μ²), the large logarithm of eq. (5); dimensionless (≈ 5.645).
 * Derived from the masses above, kept here so eq. (5) and its inverse share it.
 */
export const LOG_TAU_MUON_MASS_RATIO_SQUARED = 2 * Math.log(TAU_MASS_MEV / MUON_MASS_MEV);
