/**
 * URL state and input checks of the kinetic-mixing calculator: `?g=5e-4&q2=-100&flavor=mu`.
 * Plot-free and light, so the browser controller can import it on first load.
 */
import { MUON_PAIR_THRESHOLD_MEV2 } from '../../physics/kinetic-mixing';
import type { ChargedNeutrinoFlavor } from '../../physics/index';
import { formatSci } from '../shared/format';
import { enumParam, numberParam, type ParamDef, type Schema } from '../shared/url-state';

/** What the reader chose. */
export interface EpsilonState {
  /** L_μ−L_τ coupling g (dimensionless, > 0). */
  g: number;
  /** Squared momentum transfer in MeV² (metric +−−−: spacelike < 0), below 4m_μ². */
  q2: number;
  /** The neutrino whose charge is listed first. */
  flavor: ChargedNeutrinoFlavor;
}

/** Largest g the calculator accepts; beyond it eq. (5) is far outside perturbation theory. */
export const EPSILON_MAX_COUPLING = 10;
/** Most negative q² accepted, in MeV² (|q| = 10⁶ TeV); the chart spans −10⁸ … 4m_μ². */
export const EPSILON_MIN_Q2_MEV2 = -1e18;

/** Checks a coupling typed by the reader. @returns an error sentence, or null when valid. */
export function couplingError(g: number): string | null {
  if (!Number.isFinite(g)) return 'g must be a finite number.';
  if (!(g > 0)) return 'g must be positive (the coupling sets the size of ε; 0 gives no mixing at all).';
  if (g > EPSILON_MAX_COUPLING) return `g must be at most ${EPSILON_MAX_COUPLING}; larger couplings are non-perturbative.`;
  return null;
}

/** Checks a q² typed by the reader. @returns an error sentence, or null when valid. */
export function q2Error(q2: number): string | null {
  if (!Number.isFinite(q2)) return 'q² must be a finite number of MeV².';
  if (q2 >= MUON_PAIR_THRESHOLD_MEV2) {
    return `q² must be below 4 m_μ² = ${formatSci(MUON_PAIR_THRESHOLD_MEV2, 5, { plainAbove: 6 })} MeV² (pair-production threshold).`;
  }
  if (q2 < EPSILON_MIN_Q2_MEV2) return `q² must be at least ${formatSci(EPSILON_MIN_Q2_MEV2)} MeV².`;
  return null;
}

/** A URL number parameter validated by one of the checks above. */
function checkedNumberParam(name: string, fallback: number, check: (x: number) => string | null, label: string): ParamDef<number> {
  const base = numberParam(name, { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, fallback, label });
  return {
    ...base,
    parse: (raw) => {
      const result = base.parse(raw);
      if ('error' in result) return result;
      const error = check(result.value);
      return error ? { error: error.replace(/\.$/, '') } : result;
    },
  };
}

/** URL parameters: `?g=5e-4&q2=-100&flavor=mu`. */
export const epsilonSchema: Schema<EpsilonState> = {
  g: checkedNumberParam('g', 5e-4, couplingError, 'coupling g'),
  q2: checkedNumberParam('q2', -100, q2Error, 'q² in MeV²'),
  flavor: enumParam('flavor', ['mu', 'tau'] as const, 'mu'),
};
