/** Public API of the physics core: re-exports only. Masses in MeV, q² in MeV², charges in units of e. */
export { ALPHA, ELEMENTARY_CHARGE, LOG_TAU_MUON_MASS_RATIO_SQUARED, MUON_MASS_MEV, TAU_MASS_MEV } from './constants';
export { integrate, type QuadratureOptions, type QuadratureResult } from './quadrature';
export { findRoot, nonPositiveIntervals, type Interval, type RootOptions, type RootResult } from './roots';
export { kineticMixing, kineticMixingRatio, MUON_PAIR_THRESHOLD_MEV2 } from './kinetic-mixing';
export {
  BOUND_TREATMENTS,
  CHARGED_NEUTRINO_FLAVORS,
  couplingBound,
  NEUTRINO_FLAVORS,
  neutrinoMillicharge,
  type BoundTreatment,
  type ChargedNeutrinoFlavor,
  type MillichargeInterval,
  type NeutrinoFlavor,
} from './millicharge';
export { couplingBandForDeltaAmu, couplingForDeltaAmu, deltaAmu, type AnomalyMeasurement, type CouplingBand } from './g-minus-2';
export { boundRelaxation, effectiveChargeFactor, effectiveCouplingBound, massForRelaxation, spacelikeQ2 } from './validity';
export {
  bandExclusion,
  bandExit,
  constantBandExclusion,
  gm2BandEdges,
  type BandEdges,
  type BandExclusion,
  type BandExit,
  type MassRange,
} from './band-exclusion';
export { jointCouplingBound, jointCouplingFactor, solarFlavorProbabilities, type SolarFlavorProbabilities } from './joint-charge';
