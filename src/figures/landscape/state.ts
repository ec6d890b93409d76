/**
 * URL state of the landscape figure: `?set=2023-paper&sigma=1&show=limits,band,hubble,recast&m=100`.
 * Plot- and physics-free: the browser controller imports it on first load.
 */
import { enumParam, idListParam, numberChoiceParam, numberParam, type Schema } from '../shared/url-state';

/** Mass range of the x axis, MeV: 1 keV to 10 GeV. */
export const LANDSCAPE_MASS_MIN_MEV = 1e-3;
export const LANDSCAPE_MASS_MAX_MEV = 1e4;
/** Coupling range of the y axis. */
export const LANDSCAPE_G_MIN = 1e-14;
export const LANDSCAPE_G_MAX = 1e-1;
/** Default readout mass, MeV: inside the window the band still had in 2023. */
export const LANDSCAPE_DEFAULT_MASS_MEV = 100;

/**
 * Groups of curves the reader can show or hide: the drawn limits, the (g−2) band, the Hubble regions,
 * and the millicharge limits recast with the Z′ propagator (the site's estimate; off by default).
 */
export const LANDSCAPE_GROUPS = ['limits', 'band', 'hubble', 'recast'] as const;
export type LandscapeGroup = (typeof LANDSCAPE_GROUPS)[number];

/** What the reader chose. */
export interface LandscapeState {
  set: string;
  /** Band half-width in σ. */
  sigma: number;
  /** Groups shown, in LANDSCAPE_GROUPS order. */
  show: readonly string[];
  /** Z′ mass of the readout, MeV. */
  m: number;
}

/**
 * The figure's URL schema for the Δa_μ value sets.
 * @param setIds ids of g-minus-2.json's sets
 * @param defaultSet the set shown without a `set` parameter
 */
export function landscapeSchema(setIds: readonly string[], defaultSet: string): Schema<LandscapeState> {
  return {
    set: enumParam('set', setIds, defaultSet),
    sigma: numberChoiceParam('sigma', [1, 2], 1),
    show: idListParam('show', LANDSCAPE_GROUPS, ['limits', 'band', 'hubble']),
    m: numberParam('m', { min: LANDSCAPE_MASS_MIN_MEV, max: LANDSCAPE_MASS_MAX_MEV, fallback: LANDSCAPE_DEFAULT_MASS_MEV, label: 'Z′ mass in MeV' }),
  };
}
