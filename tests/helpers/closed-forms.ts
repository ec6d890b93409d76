/**
 * Closed forms used only as independent checks of src/physics (which integrates numerically).
 * Both cancel catastrophically in parts of their range, so tests use them only where they are
 * well conditioned; tests/reference/make_reference.py evaluates the same formulas at 120 digits.
 */
import { MUON_MASS_MEV, TAU_MASS_MEV } from '../../src/physics/constants';

/**
 * F(s) = ∫₀¹ x²(1−x)/(x² + s²(1−x)) dx of eq. (6), s = m_Z′/m_μ, derived by polynomial division:
 * x²(1−x) = (1 − s² − x)(x² − s²x + s²) + s²(2 − s²)x − s²(1 − s²), so
 * F = ½ − s² − s²(2 − s²) ln s + s²(−1 + 2s² − s⁴/2)·T, with T = ∫₀¹ dx/((x − s²/2)² + s² − s⁴/4)
 * an arctan (s < 2) or a logarithm (s > 2). Singular at s = 2 exactly.
 */
export function loopFunctionClosedForm(s: number): number {
  const s2 = s * s;
  const h = s2 / 2;
  const d = s2 - (s2 * s2) / 4;
  let t: number;
  if (d > 0) {
    const root = Math.sqrt(d);
    t = (Math.atan((1 - h) / root) + Math.atan(h / root)) / root;
  } else {
    const k = Math.sqrt(-d);
    t = (Math.log(Math.abs((1 - h - k) / (1 - h + k))) - Math.log(Math.abs((-h - k) / (-h + k)))) / (2 * k);
  }
  return 0.5 - s2 - s2 * (2 - s2) * Math.log(s) + s2 * (-1 + 2 * s2 - (s2 * s2) / 2) * t;
}

/** Eq. (6) from the closed form: Δa_μ = g² F(m_Z′/m_μ)/(4π²). */
export function deltaAmuClosedForm(g: number, mZprime: number): number {
  return ((g * g) / (4 * Math.PI ** 2)) * loopFunctionClosedForm(mZprime / MUON_MASS_MEV);
}

/**
 * I(m, q²) = ∫₀¹ x(1−x) ln(1 − x(1−x)q²/m²) dx, the standard one-loop vacuum-polarisation
 * integral: (1/6)[−5/3 − 4r + β(1 + 2r) ln((β+1)/(β−1))], r = m²/q², β = √(1 − 4r) for q² < 0;
 * for 0 < q² < 4m² analytically continued to (1/6)[−5/3 − 4r + 2β′(1 + 2r) arctan(1/β′)], β′ = √(4r − 1).
 */
export function vacuumPolarisationClosedForm(mass: number, q2: number): number {
  const r = (mass * mass) / q2;
  if (q2 < 0) {
    const beta = Math.sqrt(1 - 4 * r);
    return (-5 / 3 - 4 * r + beta * (1 + 2 * r) * Math.log((beta + 1) / (beta - 1))) / 6;
  }
  const beta = Math.sqrt(4 * r - 1);
  return (-5 / 3 - 4 * r + 2 * beta * (1 + 2 * r) * Math.atan(1 / beta)) / 6;
}

/** ε(q²)/ε(0) from eq. (4) in closed form: [L/6 + I(m_τ, q²) − I(m_μ, q²)]/(L/6), L = ln(m_τ²/m_μ²). */
export function kineticMixingRatioClosedForm(q2: number): number {
  const p0 = Math.log(TAU_MASS_MEV ** 2 / MUON_MASS_MEV ** 2) / 6;
  return (p0 + vacuumPolarisationClosedForm(TAU_MASS_MEV, q2) - vacuumPolarisationClosedForm(MUON_MASS_MEV, q2)) / p0;
}
