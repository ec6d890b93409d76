/**
 * URL state of the validity explorer: `?exp=lz-tau&m=20&treatment=symmetric&set=2023-paper`.
 * Kept apart from the chart spec (src/figures/validity/data.server.ts) so the page's controller can read and
 * check the URL without loading Plot or the physics.
 */
import { enumParam, numberParam, type Schema } from '../shared/url-state';

/** How an asymmetric interval becomes a bound on g (see couplingBound in src/physics). */
export type ValidityTreatment = 'signed' | 'symmetric';

/** What the reader chose. */
export interface ValidityState {
  /** Millicharge limit id (millicharge-limits.json) with a momentum-transfer estimate. */
  exp: string;
  /** Z′ mass in MeV. */
  m: number;
  treatment: ValidityTreatment;
  /** Δa_μ value set id (g-minus-2.json) for the (g−2) band. */
  set: string;
}

/** Z′ masses the explorer covers, MeV: 1 eV to 1 GeV, the chart's x range. */
export const VALIDITY_MASS_MIN_MEV = 1e-6;
export const VALIDITY_MASS_MAX_MEV = 1e3;
/** Default mass, MeV: inside the 10–20 MeV window where the paper's (g−2) band sits. */
export const VALIDITY_DEFAULT_MASS_MEV = 20;
/** Default experiment: LZ's ν_τ interval, the strongest direct bound the paper uses. */
export const VALIDITY_DEFAULT_EXPERIMENT = 'lz-tau';

/** The mass field's rule, shared by the URL parser and the typed-number check. */
export const VALIDITY_MASS_RULE = {
  label: 'Z′ mass in MeV',
  min: VALIDITY_MASS_MIN_MEV,
  max: VALIDITY_MASS_MAX_MEV,
} as const;

/**
 * The explorer's URL schema.
 * @param experimentIds limit ids the explorer offers (those with a momentum-transfer range)
 * @param setIds g−2 value-set ids
 * @param defaultSet the value set used when the URL names none (the paper's)
 */
export function validitySchema(experimentIds: readonly string[], setIds: readonly string[], defaultSet: string): Schema<ValidityState> {
  const defaultExperiment = experimentIds.includes(VALIDITY_DEFAULT_EXPERIMENT) ? VALIDITY_DEFAULT_EXPERIMENT : experimentIds[0];
  return {
    exp: enumParam('exp', experimentIds, defaultExperiment),
    m: numberParam('m', { ...VALIDITY_MASS_RULE, fallback: VALIDITY_DEFAULT_MASS_MEV }),
    treatment: enumParam('treatment', ['signed', 'symmetric'] as const, 'symmetric'),
    set: enumParam('set', setIds, defaultSet),
  };
}
