/**
 * The registry of numbers the prose quotes (via <Value of="…" />), computed from src/physics and
 * src/data so text, tables and plots can never disagree. Pure: no DOM, no Astro.
 *
 * Keys (ids from src/data):
 * - `log-tau-mu`, `epsilon-per-g`, `epsilon-per-g-inverse`, `q-per-g2`, `q-per-g2/<mu|tau>`
 * - `constant/<muon-mass|tau-mass|alpha|alpha-inverse|e>`
 * - `limit/<id>/<lower|upper>`; `gmax/<id>/<signed|symmetric>` (and per flavour
 *   `gmax/<id>/<mu|tau>/<treatment>` for limits on both); `gmax/<id>/paper` where the paper states one;
 *   `gmax/<id>/opposite-sign` (single-flavour limits): the signed bound were the charge's sign flipped
 * - `damu/<set>/<value|sigma|significance>`, and `damu/<set>/<value|sigma>-1e-11` in units of 10⁻¹¹
 * - `damu/<set>/<experiment|theory|stated>-1e-11` and `…-sigma-1e-11`: a set's stored inputs, where present
 * - `gband/<set>/<1|2>sigma/<mass MeV>/<lower|central|upper>` for masses 1, 10, 20, 100, 300 MeV
 * - `damu-per-g2/<light|heavy-coefficient>`: the limits of eq. (6)
 * - `hubble/<id>/<mass-min|mass-max|coupling-min|coupling-max>` (masses in MeV; `-ev` variants in eV)
 * - `epsilon-ratio/<|q| MeV>` and `epsilon-ratio/muon-mass`: ε(q²)/ε(0) at spacelike q² = −|q|²
 * - `momentum/<entry>/<min|max>`, `charge-factor/<entry>/<m_Z′ MeV>`: momentum-transfer.json and the
 *   Z′-propagator suppression Q²/(Q² + m_Z′²) at the entry's largest |q|
 * - `bound-relax/<entry>/<m_Z′ MeV>/<at-qmax|at-qmin>`: the factor √(1 + m_Z′²/|q|²) by which a g bound
 *   grows with the Z′ propagator, at the entry's largest / smallest |q|
 * - `validity/<limit>/<10|20>/<best|worst|factor-max>`: g_max with the Z′ propagator at the largest /
 *   smallest |q| of the limit's measurement (src/figures/validity/data.server.ts)
 * - `band-exit/<limit>/<at-qmax|at-qmin>`: the largest m_Z′ (MeV) below which g_max (symmetric) with the
 *   Z′ propagator, at the largest / smallest |q| of the limit's measurement, still lies below the lower
 *   edge of the 1σ g−2 band of the paper's set at every mass from 10⁻³ MeV up (Fig. 2's mass range,
 *   10⁻³–10⁴ MeV). Omitted when there is no such mass: when the bound already misses part of the band
 *   at 10⁻³ MeV, or still excludes all of it at 10⁴ MeV (see {@link bandExitFor} for which)
 * - `oscillation/<p-ee|sin2-theta23|p-emu|p-etau>`: solar-oscillation.json and the probabilities
 *   P_eμ = (1 − P_ee) cos²θ23, P_eτ = (1 − P_ee) sin²θ23 (θ13 neglected)
 * - `joint/<limit>/<factor|gmax>` for the limits of solar-oscillation.json: g_joint/g_single =
 *   (P_ef/(P_eμ + P_eτ))^¼ and the symmetric g_max times it, the site's own estimate with both
 *   flavours charged (per flavour `joint/<limit>/<mu|tau>/<factor|gmax>`; the short key exists when
 *   every flavour of the limit gives the same number, as for gmax)
 * - `example/g`, `example/epsilon`, `example/q/<mu|tau>`: the worked example at g = 5 × 10⁻⁴
 * - `zexchange/<id>/mass` (MeV): z-exchange-analyses.json, the Z′ mass a published full Z′-exchange
 *   analysis states for its reach into the (g−2)_μ region (its `reach` says below / up to / beyond)
 * - `landscape/limits-drawn`, `landscape/<set>/<1|2>sigma/first-exclusion` (MeV): the landscape page's
 *   limit count and where its drawn limits first close the band (landscape-values.server.ts)
 */
import { formatQuoted } from '../figures/shared/format';
import { addAnomalyValues, addHubbleValues, addLimitValues } from './data-values.server';
import type { QuotedValue, Registry } from './entry';
import { addJointValues, addMomentumValues } from './momentum-values.server';
import { addLandscapeValues } from './landscape-values.server';
import { addPhysicsValues } from './physics-values';

export type { QuotedValue } from './entry';
export { BAND_MASSES_MEV, BAND_WIDTHS, EXAMPLE_COUPLING, RUNNING_MOMENTA_MEV, SUPPRESSION_MASSES_MEV, VALIDITY_MASSES_MEV } from './entry';
export { bandExitFor, type MomentumEnd } from './momentum-values.server';

/** Every entry, in the order the keys were always listed (physics first, then data, then analyses). */
function buildRegistry(): Registry {
  const r: Registry = {};
  addPhysicsValues(r);
  addLimitValues(r);
  addAnomalyValues(r);
  addHubbleValues(r);
  addMomentumValues(r);
  addJointValues(r);
  addLandscapeValues(r);
  return r;
}

/** Every quotable number, by key; each entry is computed when called. */
export const values: Readonly<Registry> = Object.freeze(buildRegistry());

/**
 * The number behind a key.
 * @throws RangeError naming the unknown key and listing the valid ones
 */
export function quotedValue(key: string): QuotedValue {
  const entry = Object.hasOwn(values, key) ? values[key] : undefined;
  if (!entry) {
    throw new RangeError(`Unknown value key '${key}'. Valid keys:\n  ${Object.keys(values).sort().join('\n  ')}`);
  }
  return entry();
}

/**
 * A key's number as the prose shows it: formatQuoted(value, digits) followed by the unit ('e' as 'e').
 * @param digits significant figures, overriding the entry's default
 */
export function formatValue(key: string, digits?: number): string {
  const quoted = quotedValue(key);
  const text = formatQuoted(quoted.value, digits ?? quoted.digits ?? 3, { plainAbove: quoted.plainAbove ?? 3 });
  if (!quoted.unit) return text;
  return quoted.unit === 'σ' ? `${text}${quoted.unit}` : `${text} ${quoted.unit}`;
}
