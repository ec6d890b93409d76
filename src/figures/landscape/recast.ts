/**
 * The neutrino-millicharge limits recast into the (m_Z′, g) plane with the Z′ propagator, as the
 * validity page reads them (src/physics/validity.ts): each limit's symmetric g bound times
 * √(1 + m_Z′²/|q|²), at the largest |q| of its measurement (the strongest reading) and the smallest
 * (the weakest). The landscape draws the band between the strongest limit's two readings at each
 * mass. Only observed and astrophysical limits with a momentum-transfer window and no dispute take
 * part: a bound on the charge at q² → 0 says nothing about a massive Z′ (validity page).
 */
import { effectiveCouplingBound, spacelikeQ2 } from '../../physics/index';
import type { Limit } from '../shared/figure-data';

/** The recast along a mass grid: the lowest g_max at the largest |q| (best) and at the smallest (worst). */
export interface RecastCurve {
  /** Ids and labels of the limits that take part. */
  limits: { id: string; label: string }[];
  points: { m: number; best: number; worst: number }[];
}

/** Whether a millicharge limit takes part in the recast (see the module comment). */
export function recastable(limit: Limit): boolean {
  return (limit.kind === 'observed' || limit.kind === 'astro') && !limit.hypothetical && !limit.disputed && typeof limit.momentumMeV === 'object';
}

/**
 * @param limits the millicharge limits of the figure data
 * @param masses Z′ masses in MeV
 */
export function recastCurve(limits: readonly Limit[], masses: readonly number[]): RecastCurve {
  const used = limits.filter(recastable);
  const bound = (limit: Limit, m: number, q: number) =>
    Math.min(...limit.flavors.map((flavor) => effectiveCouplingBound({ flavor, lower: limit.lower, upper: limit.upper }, 'symmetric', m, spacelikeQ2(q))));
  return {
    limits: used.map((l) => ({ id: l.id, label: l.label })),
    points: masses.map((m) => {
      const windows = used.map((l) => l.momentumMeV as { min: number; max: number });
      return {
        m,
        best: Math.min(...used.map((l, i) => bound(l, m, windows[i]!.max))),
        worst: Math.min(...used.map((l, i) => bound(l, m, windows[i]!.min))),
      };
    }),
  };
}
