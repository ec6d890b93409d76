/**
 * The URL state of Fig. 2 and the bound table (they share it when on one page):
 *
 *   ?flavor=tau&treatment=signed&set=2023-paper&sigma=1&mmin=10&mmax=20&exp=xenonnt-tau,lz-tau&whatif=…
 *
 * Defaults reproduce the paper's figure: both flavours on one axis (|q_νμ| = |q_ντ|), the
 * symmetric treatment, the paper's Δa_μ set at 1σ for m_Z′ = 10–20 MeV (the window of ref. [23],
 * DEFAULT_MASSES_MEV), and the four limits it draws.
 * Plot-free: the browser controller imports this.
 */
import type { BoundTreatment } from '../../physics/index';
import type { LimitsData, LimitsViewState } from './limits-view';
import { enumParam, idListParam, numberChoiceParam, numberParam, parseState, type Schema } from '../shared/url-state';
import { whatIfParam } from './what-if';

/** 'both' shows ν_μ and ν_τ limits together, as the paper's figure does. */
export const FIG2_FLAVORS = ['both', 'mu', 'tau'] as const;
export type Fig2Flavor = (typeof FIG2_FLAVORS)[number];
export const TREATMENTS: readonly BoundTreatment[] = ['symmetric', 'signed'];
/** Allowed Z′ masses for the g−2 band, MeV. */
export const MASS_RANGE_MEV = { min: 1e-3, max: 1e4 } as const;
/**
 * The default Z′ mass range of the g−2 band, MeV: the 10–20 MeV window of ref. [23] (Escudero et al.),
 * where such a Z′ also eases the Hubble tension. The paper itself considers 10–300 MeV for (g−2).
 */
export const DEFAULT_MASSES_MEV = { min: 10, max: 20 } as const;

export interface Fig2State extends LimitsViewState {
  flavor: Fig2Flavor;
  /** Ids of the data limits drawn (what-if limits are always drawn). */
  exp: readonly string[];
}

/** The schema of Fig. 2's URL state; set and limit ids come from the data. */
export function fig2Schema(data: LimitsData): Schema<Fig2State> {
  return {
    flavor: enumParam('flavor', FIG2_FLAVORS, 'both'),
    treatment: enumParam('treatment', TREATMENTS, 'symmetric'),
    set: enumParam(
      'set',
      data.sets.map((s) => s.id),
      data.defaultSetId,
    ),
    sigma: numberChoiceParam('sigma', [1, 2], 1),
    mmin: numberParam('mmin', { ...MASS_RANGE_MEV, fallback: DEFAULT_MASSES_MEV.min, label: 'lowest Z′ mass in MeV', exclusiveMin: false }),
    mmax: numberParam('mmax', { ...MASS_RANGE_MEV, fallback: DEFAULT_MASSES_MEV.max, label: 'highest Z′ mass in MeV', exclusiveMin: false }),
    exp: idListParam(
      'exp',
      data.limits.map((l) => l.id),
      data.limits.filter((l) => l.inPaperFigure).map((l) => l.id),
    ),
    whatif: whatIfParam('whatif'),
  };
}

/**
 * Reads Fig. 2's state from a query string, never throwing; also rejects mmin > mmax (both
 * masses then fall back to the defaults, with a notice).
 */
export function parseFig2State(data: LimitsData, search: string): { state: Fig2State; notices: string[] } {
  const { state, notices } = parseState(fig2Schema(data), search);
  if (state.mmin > state.mmax) {
    notices.push(
      `Ignored mmin=${state.mmin} and mmax=${state.mmax}: the lowest mass exceeds the highest; using ${DEFAULT_MASSES_MEV.min}–${DEFAULT_MASSES_MEV.max} MeV.`,
    );
    state.mmin = DEFAULT_MASSES_MEV.min;
    state.mmax = DEFAULT_MASSES_MEV.max;
  }
  return { state, notices };
}
