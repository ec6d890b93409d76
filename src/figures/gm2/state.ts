/**
 * URL state of the g−2 explorer: `?m=15&set=2023-paper&sigma=1&treatment=symmetric&flavor=tau`.
 * Hypothetical limits travel in the separate `whatif` parameter (src/figures/fig2/what-if.ts).
 * Plot- and physics-free: the browser controller imports it on first load.
 */
import type { BoundTreatment, ChargedNeutrinoFlavor } from '../../physics/index';
import { enumParam, numberParam, parseState, sameState, type ParamDef, type Schema } from '../shared/url-state';
import { serializeWhatIf, whatIfParam, type WhatIfLimit } from '../fig2/what-if';

/** Mass range of the explorer's x axis, MeV: 1 keV to 10 GeV. */
export const GM2_MASS_MIN_MEV = 1e-3;
export const GM2_MASS_MAX_MEV = 1e4;
/** Bound treatments (as src/physics BOUND_TREATMENTS; repeated so this module stays free of physics code for the first load). */
const TREATMENTS: readonly BoundTreatment[] = ['signed', 'symmetric'];

/** What the reader chose. */
export interface Gm2State {
  /** Z′ mass in MeV at the marker. */
  m: number;
  /** Δa_μ value set id (g-minus-2.json). */
  set: string;
  /** Band half-width in σ. */
  sigma: 1 | 2;
  treatment: BoundTreatment;
  flavor: ChargedNeutrinoFlavor;
}

/** Default marker mass, MeV: inside the 10–20 MeV window where the paper finds g ≈ (4–6)×10⁻⁴. */
export const GM2_DEFAULT_MASS_MEV = 15;

const sigmaParam: ParamDef<1 | 2> = {
  name: 'sigma',
  fallback: 1,
  parse: (raw) => (raw === '1' ? { value: 1 } : raw === '2' ? { value: 2 } : { error: 'expected 1 or 2' }),
  format: (value) => String(value),
  equals: (a, b) => a === b,
};

/**
 * The explorer's URL schema for a list of value-set ids.
 * Defaults reproduce the paper: its value set, 1σ, the symmetric treatment it applies, ν_τ as in its Fig. 2.
 */
export function gm2Schema(setIds: readonly string[], defaultSet: string): Schema<Gm2State> {
  return {
    m: numberParam('m', { min: GM2_MASS_MIN_MEV, max: GM2_MASS_MAX_MEV, fallback: GM2_DEFAULT_MASS_MEV, label: 'Z′ mass in MeV' }),
    set: enumParam('set', setIds, defaultSet),
    sigma: sigmaParam,
    treatment: enumParam('treatment', TREATMENTS, 'symmetric'),
    flavor: enumParam('flavor', ['mu', 'tau'] as const, 'tau'),
  };
}

/**
 * The explorer's state as its figure draws it: the reader's choices and the hypothetical limits of
 * the `whatif` parameter, which Fig. 2's form writes (outside the schema: the explorer reads them,
 * never writes them).
 */
export type Gm2FigureState = Gm2State & { whatif?: readonly WhatIfLimit[] };

const whatIfSchema = { whatif: whatIfParam() };

/** Reads the explorer's state and the hypothetical limits from a query string, with a notice per rejected parameter or item. */
export function readGm2State(schema: Schema<Gm2State>, search: string): { state: Gm2FigureState; notices: string[] } {
  const { state, notices } = parseState(schema, search);
  const whatIf = parseState(whatIfSchema, search);
  return { state: { ...state, whatif: whatIf.state.whatif }, notices: [...notices, ...whatIf.notices] };
}

/** Whether two states draw the same view: the same choices and the same hypothetical limits. */
export function sameGm2View(schema: Schema<Gm2State>, a: Gm2FigureState, b: Gm2FigureState): boolean {
  return sameState(schema, a, b) && serializeWhatIf(a.whatif ?? []) === serializeWhatIf(b.whatif ?? []);
}
