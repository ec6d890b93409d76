/**
 * <Value> registry entries from src/physics alone: constants, ε/g, q_ν/g², the running of ε, the
 * limits of eq. (6) and the worked example.
 */
import {
  ALPHA,
  ELEMENTARY_CHARGE,
  LOG_TAU_MUON_MASS_RATIO_SQUARED,
  MUON_MASS_MEV,
  TAU_MASS_MEV,
  kineticMixing,
  kineticMixingRatio,
  neutrinoMillicharge,
} from '../physics';
import { EXAMPLE_COUPLING, PHYSICS, RUNNING_MOMENTA_MEV, type Registry } from './entry';

/** Constants, eqs. (4), (5), (8), the limits of eq. (6) and the worked example. */
export function addPhysicsValues(r: Registry): void {
  r['log-tau-mu'] = () => ({ value: LOG_TAU_MUON_MASS_RATIO_SQUARED, digits: 4, source: 'ln(m_τ²/m_μ²), PDG 2024 masses' });
  r['epsilon-per-g'] = () => ({ value: kineticMixing(1), digits: 4, source: `ε/g at q² = 0, eq. (5), ${PHYSICS}/kinetic-mixing.ts` });
  r['epsilon-per-g-inverse'] = () => ({ value: -1 / kineticMixing(1), digits: 3, source: `g/|ε| at q² = 0, eq. (5), ${PHYSICS}/kinetic-mixing.ts` });
  r['q-per-g2'] = () => ({ value: Math.abs(neutrinoMillicharge(1, 'mu')), digits: 3, source: `|q_ν|/(e g²) at q² = 0, eq. (8), ${PHYSICS}/millicharge.ts` });
  for (const flavor of ['mu', 'tau'] as const) {
    r[`q-per-g2/${flavor}`] = () => ({
      value: neutrinoMillicharge(1, flavor),
      digits: 3,
      source: `q_ν${flavor === 'mu' ? 'μ' : 'τ'}/(e g²) at q² = 0, eq. (8), ${PHYSICS}/millicharge.ts`,
    });
  }

  // The running of eq. (4) at spacelike q² = −|q|², relative to eq. (5).
  for (const q of RUNNING_MOMENTA_MEV) {
    r[`epsilon-ratio/${q}`] = () => ({
      value: kineticMixingRatio(-q * q),
      digits: 3,
      source: `ε(q²)/ε(0) at |q| = ${q} MeV (spacelike), eq. (4), ${PHYSICS}/kinetic-mixing.ts`,
    });
  }
  r['epsilon-ratio/muon-mass'] = () => ({
    value: kineticMixingRatio(-(MUON_MASS_MEV ** 2)),
    digits: 3,
    source: `ε(q²)/ε(0) at q² = −m_μ², eq. (4), ${PHYSICS}/kinetic-mixing.ts`,
  });

  r['constant/muon-mass'] = () => ({ value: MUON_MASS_MEV, unit: 'MeV', digits: 10, source: 'PDG 2024, src/physics/constants.ts' });
  r['constant/tau-mass'] = () => ({ value: TAU_MASS_MEV, unit: 'MeV', digits: 6, plainAbove: 4, source: 'PDG 2024, src/physics/constants.ts' });
  r['constant/alpha'] = () => ({ value: ALPHA, digits: 6, source: 'CODATA 2022, src/physics/constants.ts' });
  r['constant/alpha-inverse'] = () => ({ value: 1 / ALPHA, digits: 12, source: 'CODATA 2022, src/physics/constants.ts' });
  r['constant/e'] = () => ({ value: ELEMENTARY_CHARGE, digits: 4, source: 'e = √(4πα), src/physics/constants.ts' });

  // eq. (6) limits: Δa_μ/g² → 1/8π² (m_Z′ ≪ m_μ) and → m_μ²/(12π² m_Z′²) (m_Z′ ≫ m_μ).
  r['damu-per-g2/light'] = () => ({ value: 1 / (8 * Math.PI ** 2), digits: 4, source: 'light-Z′ limit of eq. (6): 1/8π²' });
  r['damu-per-g2/heavy-coefficient'] = () => ({ value: 1 / (12 * Math.PI ** 2), digits: 4, source: 'heavy-Z′ limit of eq. (6): 1/12π² (times m_μ²/m_Z′²)' });

  r['example/g'] = () => ({ value: EXAMPLE_COUPLING, digits: 1, source: 'illustrative coupling for the worked example' });
  r['example/epsilon'] = () => ({ value: kineticMixing(EXAMPLE_COUPLING), digits: 3, source: `ε at g = ${EXAMPLE_COUPLING}, eq. (5)` });
  for (const flavor of ['mu', 'tau'] as const) {
    r[`example/q/${flavor}`] = () => ({
      value: neutrinoMillicharge(EXAMPLE_COUPLING, flavor),
      unit: 'e',
      digits: 3,
      source: `q_ν at g = ${EXAMPLE_COUPLING}, eq. (8)`,
    });
  }
}
