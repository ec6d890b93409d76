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
 */
import {
  deltaAmuFromSet,
  deltaAmuOf,
  gMinus2,
  hubbleRegions,
  limitById,
  millichargeLimits,
  momentumTransfer,
  solarOscillation,
  zExchangeAnalyses,
} from '../data';
import {
  ALPHA,
  ELEMENTARY_CHARGE,
  LOG_TAU_MUON_MASS_RATIO_SQUARED,
  MUON_MASS_MEV,
  TAU_MASS_MEV,
  bandExit,
  couplingBandForDeltaAmu,
  couplingBound,
  effectiveChargeFactor,
  gm2BandEdges,
  jointCouplingFactor,
  kineticMixing,
  kineticMixingRatio,
  neutrinoMillicharge,
  solarFlavorProbabilities,
  type BandExit,
  type BoundTreatment,
  type ChargedNeutrinoFlavor,
} from '../physics';
import { MASS_RANGE_MEV } from '../figures/fig2/state';
import { formatSci, significantDigits } from '../figures/shared/format';
import { validityData, validityOutputs } from '../figures/validity/data.server';

/** One quotable number: its value, an optional unit, the default significant figures and where it comes from. */
export interface QuotedValue {
  value: number;
  unit?: string;
  digits?: number;
  /** Print plainly (no × 10ⁿ) below 10^plainAbove; formatSci's default is 3. */
  plainAbove?: number;
  source: string;
}

type Entry = () => QuotedValue;

/** Z′ masses (MeV) at which the (g − 2)_μ coupling bands are tabulated. */
export const BAND_MASSES_MEV = [1, 10, 20, 100, 300] as const;
/** Widths (in σ) of the tabulated coupling bands. */
export const BAND_WIDTHS = [1, 2] as const;
/** Spacelike momentum transfers |q| (MeV) at which the running ε(q²)/ε(0) is tabulated. */
export const RUNNING_MOMENTA_MEV = [1, 10, 100, 1000, 10000] as const;
/** Z′ masses (MeV) at which the form-factor suppression of the charge is tabulated. */
export const SUPPRESSION_MASSES_MEV = [1, 10] as const;
/** Z′ masses (MeV) at which the validity analysis is quoted in the prose. */
export const VALIDITY_MASSES_MEV = [10, 20] as const;
/** The coupling of the worked example on the millicharge page (an illustrative choice, not data). */
export const EXAMPLE_COUPLING = 5e-4;

const TREATMENTS: readonly BoundTreatment[] = ['signed', 'symmetric'];

/** The ends of a measurement's |q| range that the band-exit keys use. */
export type MomentumEnd = 'at-qmax' | 'at-qmin';

/**
 * Where the whole-band exclusion of a limit's momentum-dependent bound ends (symmetric treatment,
 * 1σ g−2 band of the paper's set, m_Z′ from 10⁻³ to 10⁴ MeV): the number behind
 * `band-exit/<limit>/<end>`, or why that key does not exist.
 * @throws RangeError for a limit without a |q| range
 */
export function bandExitFor(limitId: string, end: MomentumEnd): BandExit {
  const limit = limitById(limitId);
  const range = momentumTransfer.entries.find((e) => e.limitIds.includes(limitId))?.momentumTransferMeV;
  if (!range) throw new RangeError(`limit '${limitId}' has no momentum-transfer range in src/data/momentum-transfer.json`);
  // Symmetric: max(|lower|, upper), the same for either flavour.
  const bound = couplingBound({ flavor: limit.flavors[0]!, ...limit.interval }, 'symmetric');
  const edges = gm2BandEdges(deltaAmuOf(gMinus2.paperSetId), 1);
  return bandExit(bound, end === 'at-qmax' ? range.max : range.min, edges, MASS_RANGE_MEV);
}

function buildRegistry(): Record<string, Entry> {
  const r: Record<string, Entry> = {};
  const physics = 'src/physics';

  r['log-tau-mu'] = () => ({ value: LOG_TAU_MUON_MASS_RATIO_SQUARED, digits: 4, source: 'ln(m_τ²/m_μ²), PDG 2024 masses' });
  r['epsilon-per-g'] = () => ({ value: kineticMixing(1), digits: 4, source: `ε/g at q² = 0, eq. (5), ${physics}/kinetic-mixing.ts` });
  r['epsilon-per-g-inverse'] = () => ({ value: -1 / kineticMixing(1), digits: 3, source: `g/|ε| at q² = 0, eq. (5), ${physics}/kinetic-mixing.ts` });
  r['q-per-g2'] = () => ({ value: Math.abs(neutrinoMillicharge(1, 'mu')), digits: 3, source: `|q_ν|/(e g²) at q² = 0, eq. (8), ${physics}/millicharge.ts` });
  for (const flavor of ['mu', 'tau'] as const) {
    r[`q-per-g2/${flavor}`] = () => ({
      value: neutrinoMillicharge(1, flavor),
      digits: 3,
      source: `q_ν${flavor === 'mu' ? 'μ' : 'τ'}/(e g²) at q² = 0, eq. (8), ${physics}/millicharge.ts`,
    });
  }

  // The running of eq. (4) at spacelike q² = −|q|², relative to eq. (5).
  for (const q of RUNNING_MOMENTA_MEV) {
    r[`epsilon-ratio/${q}`] = () => ({
      value: kineticMixingRatio(-q * q),
      digits: 3,
      source: `ε(q²)/ε(0) at |q| = ${q} MeV (spacelike), eq. (4), ${physics}/kinetic-mixing.ts`,
    });
  }
  r['epsilon-ratio/muon-mass'] = () => ({
    value: kineticMixingRatio(-(MUON_MASS_MEV ** 2)),
    digits: 3,
    source: `ε(q²)/ε(0) at q² = −m_μ², eq. (4), ${physics}/kinetic-mixing.ts`,
  });

  r['constant/muon-mass'] = () => ({ value: MUON_MASS_MEV, unit: 'MeV', digits: 10, source: 'PDG 2024, src/physics/constants.ts' });
  r['constant/tau-mass'] = () => ({ value: TAU_MASS_MEV, unit: 'MeV', digits: 6, plainAbove: 4, source: 'PDG 2024, src/physics/constants.ts' });
  r['constant/alpha'] = () => ({ value: ALPHA, digits: 6, source: 'CODATA 2022, src/physics/constants.ts' });
  r['constant/alpha-inverse'] = () => ({ value: 1 / ALPHA, digits: 12, source: 'CODATA 2022, src/physics/constants.ts' });
  r['constant/e'] = () => ({ value: ELEMENTARY_CHARGE, digits: 4, source: 'e = √(4πα), src/physics/constants.ts' });

  for (const limit of millichargeLimits.limits) {
    const where = `src/data/millicharge-limits.json '${limit.id}' (${limit.reference.arxiv})`;
    const { lower, upper } = limit.interval;
    r[`limit/${limit.id}/lower`] = () => ({ value: lower, unit: 'e', digits: significantDigits(lower), source: where });
    r[`limit/${limit.id}/upper`] = () => ({ value: upper, unit: 'e', digits: significantDigits(upper), source: where });
    const flavors: ChargedNeutrinoFlavor[] = limit.flavors;
    for (const treatment of TREATMENTS) {
      const bound = (flavor: ChargedNeutrinoFlavor) => couplingBound({ flavor, lower, upper }, treatment);
      const source = `g_max (${treatment}) from eq. (8), ${where}`;
      for (const flavor of flavors) {
        r[`gmax/${limit.id}/${flavor}/${treatment}`] = () => ({ value: bound(flavor), digits: 3, source: `${source}, ν_${flavor}` });
      }
      // The short key exists when every flavour the limit covers gives the same bound.
      if (new Set(flavors.map(bound)).size === 1) {
        r[`gmax/${limit.id}/${treatment}`] = () => ({ value: bound(flavors[0]), digits: 3, source });
      }
    }
    // The counterfactual: the signed bound had this limit's flavour carried the opposite charge, i.e.
    // the other end of the interval (what a sign slip in eq. (8) would give).
    if (flavors.length === 1) {
      const other: ChargedNeutrinoFlavor = flavors[0] === 'mu' ? 'tau' : 'mu';
      r[`gmax/${limit.id}/opposite-sign`] = () => ({
        value: couplingBound({ flavor: other, lower, upper }, 'signed'),
        digits: 3,
        source: `g_max from the end of the interval a charge of the opposite sign to ν_${flavors[0]}'s would meet, eq. (8), ${where}`,
      });
    }
    const stated = limit.paperCouplingBound;
    if (typeof stated === 'number') {
      r[`gmax/${limit.id}/paper`] = () => ({ value: stated, digits: significantDigits(stated), source: `as stated in arXiv:2308.05720, Sec. III (${where})` });
    }
  }

  const scale = gMinus2.scale;
  for (const set of gMinus2.sets) {
    const where = `src/data/g-minus-2.json '${set.id}' (${set.source})`;
    const inUnits = () => deltaAmuFromSet(set);
    const absolute = () => deltaAmuFromSet(set, scale);
    r[`damu/${set.id}/value`] = () => ({ value: absolute().value, digits: 3, source: where });
    r[`damu/${set.id}/sigma`] = () => ({ value: absolute().sigma, digits: 2, source: where });
    r[`damu/${set.id}/value-1e-11`] = () => ({ value: inUnits().value, digits: 3, source: `${where}, in units of 10⁻¹¹` });
    r[`damu/${set.id}/sigma-1e-11`] = () => ({ value: inUnits().sigma, digits: 2, source: `${where}, in units of 10⁻¹¹` });
    r[`damu/${set.id}/significance`] = () => ({ value: inUnits().value / inUnits().sigma, unit: 'σ', digits: 2, source: `Δa_μ/σ, ${where}` });
    // The inputs of a set, in units of 10⁻¹¹, printed in full (a_μ ≈ 1.166 × 10⁻³ needs all its digits).
    const inputs = { experiment: set.experiment, theory: set.theory, stated: set.statedDifference } as const;
    for (const [name, m] of Object.entries(inputs)) {
      if (!m) continue;
      const full = { digits: significantDigits(m.value), plainAbove: 10 };
      r[`damu/${set.id}/${name}-1e-11`] = () => ({ value: m.value, ...full, source: `${m.source}, in units of 10⁻¹¹` });
      r[`damu/${set.id}/${name}-sigma-1e-11`] = () => ({
        value: m.sigma,
        digits: significantDigits(m.sigma),
        plainAbove: 10,
        source: `${m.source}, in units of 10⁻¹¹`,
      });
    }
    for (const n of BAND_WIDTHS) {
      for (const mass of BAND_MASSES_MEV) {
        const band = () => couplingBandForDeltaAmu(absolute(), n, mass);
        const source = `g explaining Δa_μ within ±${n}σ at m_Z′ = ${mass} MeV, eq. (6), ${where}`;
        for (const end of ['lower', 'central', 'upper'] as const) {
          r[`gband/${set.id}/${n}sigma/${mass}/${end}`] = () => ({ value: band()[end], digits: 2, source });
        }
      }
    }
  }

  // eq. (6) limits: Δa_μ/g² → 1/8π² (m_Z′ ≪ m_μ) and → m_μ²/(12π² m_Z′²) (m_Z′ ≫ m_μ).
  r['damu-per-g2/light'] = () => ({ value: 1 / (8 * Math.PI ** 2), digits: 4, source: 'light-Z′ limit of eq. (6): 1/8π²' });
  r['damu-per-g2/heavy-coefficient'] = () => ({ value: 1 / (12 * Math.PI ** 2), digits: 4, source: 'heavy-Z′ limit of eq. (6): 1/12π² (times m_μ²/m_Z′²)' });

  for (const region of hubbleRegions.regions) {
    const where = `src/data/hubble-regions.json '${region.id}' (ref. [${region.reference.paperRef}], arXiv:${region.reference.arxiv})`;
    const { mZprimeMeV: m, coupling } = region;
    r[`hubble/${region.id}/mass-min`] = () => ({ value: m.min, unit: 'MeV', digits: significantDigits(m.min), source: where });
    r[`hubble/${region.id}/mass-max`] = () => ({ value: m.max, unit: 'MeV', digits: significantDigits(m.max), source: where });
    r[`hubble/${region.id}/mass-min-ev`] = () => ({ value: m.min * 1e6, unit: 'eV', digits: significantDigits(m.min), source: where });
    r[`hubble/${region.id}/mass-max-ev`] = () => ({ value: m.max * 1e6, unit: 'eV', digits: significantDigits(m.max), source: where });
    r[`hubble/${region.id}/coupling-min`] = () => ({ value: coupling.min, digits: significantDigits(coupling.min), source: where });
    r[`hubble/${region.id}/coupling-max`] = () => ({ value: coupling.max, digits: significantDigits(coupling.max), source: where });
  }

  for (const analysis of zExchangeAnalyses.analyses) {
    const where = `src/data/z-exchange-analyses.json '${analysis.id}' (${analysis.kind}, reach ${analysis.reach}; arXiv:${analysis.reference.arxiv})`;
    r[`zexchange/${analysis.id}/mass`] = () => ({ value: analysis.massMeV, unit: 'MeV', digits: significantDigits(analysis.massMeV), source: where });
  }

  // Charge a scattering experiment sees for a massive Z′, relative to eq. (8): Q²/(Q² + m_Z′²) at its largest |q|.
  for (const entry of momentumTransfer.entries) {
    const range = entry.momentumTransferMeV;
    if (!range) continue;
    for (const mass of SUPPRESSION_MASSES_MEV) {
      r[`charge-factor/${entry.id}/${mass}`] = () => ({
        value: effectiveChargeFactor(-range.max * range.max, mass),
        digits: 2,
        source: `Q²/(Q² + m_Z′²) at |q| = ${range.max} MeV, m_Z′ = ${mass} MeV, src/data/momentum-transfer.json '${entry.id}', ${physics}/validity.ts`,
      });
    }
    // How much a g bound relaxes with the Z′ propagator: g_max ∝ 1/√(Q²/(Q² + m²)) = √(1 + m²/Q²).
    for (const mass of SUPPRESSION_MASSES_MEV) {
      for (const [end, q] of [
        ['at-qmax', range.max],
        ['at-qmin', range.min],
      ] as const) {
        r[`bound-relax/${entry.id}/${mass}/${end}`] = () => ({
          value: 1 / Math.sqrt(effectiveChargeFactor(-q * q, mass)),
          digits: 2,
          source: `√(1 + m_Z′²/|q|²) at |q| = ${q} MeV, m_Z′ = ${mass} MeV, src/data/momentum-transfer.json '${entry.id}', ${physics}/validity.ts`,
        });
      }
    }
    r[`momentum/${entry.id}/max`] = () => ({
      value: range.max,
      unit: 'MeV',
      digits: significantDigits(range.max),
      source: `src/data/momentum-transfer.json '${entry.id}'`,
    });
    r[`momentum/${entry.id}/min`] = () => ({
      value: range.min,
      unit: 'MeV',
      digits: significantDigits(range.min),
      source: `src/data/momentum-transfer.json '${entry.id}'`,
    });
  }

  // The validity analysis (src/figures/validity/data.server.ts): g_max with the Z′ propagator at both ends of the |q| range.
  const validity = validityData();
  for (const experiment of validity.experiments) {
    for (const mass of VALIDITY_MASSES_MEV) {
      const out = () => validityOutputs({ exp: experiment.id, m: mass, treatment: 'symmetric', set: validity.defaultSetId }, validity);
      const source = `g_max for ${experiment.id} with the Z′ propagator at m_Z′ = ${mass} MeV (symmetric treatment), src/figures/validity/data.server.ts`;
      r[`validity/${experiment.id}/${mass}/best`] = () => ({ value: out().boundAtQMax, digits: 2, source: `${source}, largest |q|` });
      r[`validity/${experiment.id}/${mass}/worst`] = () => ({ value: out().boundAtQMin, digits: 2, source: `${source}, smallest |q|` });
      r[`validity/${experiment.id}/${mass}/factor-max`] = () => ({
        value: out().factorAtQMax,
        digits: 2,
        source: `Q²/(Q² + m_Z′²) at the largest |q|, ${source}`,
      });
    }
  }

  // Where the momentum-dependent bound stops excluding the whole g−2 band (src/physics/band-exclusion.ts).
  for (const entry of momentumTransfer.entries) {
    const range = entry.momentumTransferMeV;
    if (!range) continue;
    for (const limitId of entry.limitIds) {
      for (const [end, q] of [
        ['at-qmax', range.max],
        ['at-qmin', range.min],
      ] as const) {
        const exit = bandExitFor(limitId, end);
        if (exit.kind !== 'up-to') continue;
        r[`band-exit/${limitId}/${end}`] = () => ({
          value: exit.mass,
          unit: 'MeV',
          digits: 2,
          source: `largest m_Z′ up to which g_max (symmetric) · √(1 + m_Z′²/|q|²) at |q| = ${q} MeV stays below the lower edge of the 1σ g−2 band of set '${gMinus2.paperSetId}' (eq. (6)), src/data/millicharge-limits.json '${limitId}', src/data/momentum-transfer.json '${entry.id}', ${physics}/band-exclusion.ts`,
        });
      }
    }
  }

  // The joint reading of the solar-neutrino limits (q_νμ = −q_ντ), the site's own estimate (src/physics/joint-charge.ts).
  const oscillation = `src/data/solar-oscillation.json`;
  const { survivalProbabilityEe: pee, sin2Theta23 } = solarOscillation;
  const probabilities = solarFlavorProbabilities(pee.value, sin2Theta23.value);
  r['oscillation/p-ee'] = () => ({ value: pee.value, digits: significantDigits(pee.value), source: `P_ee, ${oscillation} (${pee.source})` });
  r['oscillation/sin2-theta23'] = () => ({
    value: sin2Theta23.value,
    digits: significantDigits(sin2Theta23.value),
    source: `sin²θ23, ${oscillation} (${sin2Theta23.source})`,
  });
  r['oscillation/p-emu'] = () => ({
    value: probabilities.emu,
    digits: 2,
    source: `P_eμ = (1 − P_ee) cos²θ23 (θ13 neglected), ${oscillation}, ${physics}/joint-charge.ts`,
  });
  r['oscillation/p-etau'] = () => ({
    value: probabilities.etau,
    digits: 2,
    source: `P_eτ = (1 − P_ee) sin²θ23 (θ13 neglected), ${oscillation}, ${physics}/joint-charge.ts`,
  });
  for (const limitId of solarOscillation.limitIds) {
    const limit = limitById(limitId);
    const where = `src/data/millicharge-limits.json '${limitId}', ${oscillation}, ${physics}/joint-charge.ts`;
    const factor = (flavor: ChargedNeutrinoFlavor) => jointCouplingFactor(probabilities, flavor);
    const gmax = (flavor: ChargedNeutrinoFlavor) => couplingBound({ flavor, ...limit.interval }, 'symmetric') * factor(flavor);
    const quantities = [
      ['factor', factor, 'g_joint/g_single = (P_ef/(P_eμ + P_eτ))^¼'],
      ['gmax', gmax, 'g_max (symmetric) with both flavours charged, q_νμ = −q_ντ (the site’s own estimate)'],
    ] as const;
    for (const [name, of, what] of quantities) {
      for (const flavor of limit.flavors) {
        r[`joint/${limitId}/${flavor}/${name}`] = () => ({ value: of(flavor), digits: 3, source: `${what}, ν_${flavor}, ${where}` });
      }
      if (new Set(limit.flavors.map(of)).size === 1) {
        r[`joint/${limitId}/${name}`] = () => ({ value: of(limit.flavors[0]!), digits: 3, source: `${what}, ${where}` });
      }
    }
  }

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
  return r;
}

/** Every quotable number, by key; each entry is computed when called. */
export const values: Readonly<Record<string, Entry>> = Object.freeze(buildRegistry());

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

/** True when |x| is exactly an integer power of ten (to rounding error). */
function isPowerOfTen(x: number): boolean {
  const e = Math.round(Math.log10(Math.abs(x)));
  return Math.abs(Math.abs(x) / 10 ** e - 1) < 1e-12;
}

/**
 * A key's number as the prose shows it: formatSci(value, digits) followed by the unit ('e' as 'e').
 * @param digits significant figures, overriding the entry's default
 */
export function formatValue(key: string, digits?: number): string {
  const quoted = quotedValue(key);
  const figures = digits ?? quoted.digits ?? 3;
  let text = formatSci(quoted.value, figures, { plainAbove: quoted.plainAbove ?? 3 });
  // formatSci prints a mantissa that rounds to 1 as a bare power of ten; for a computed value that
  // is not one (9.97e-4 to 2 figures) keep the mantissa, so a table column reads 1.0 × 10⁻³.
  const bare = /^(−?)10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(text);
  if (bare && figures > 1 && !isPowerOfTen(quoted.value)) {
    text = `${bare[1]}${
      Math.abs(quoted.value)
        .toExponential(figures - 1)
        .split('e')[0]
    } × 10${bare[2]}`;
  }
  if (!quoted.unit) return text;
  return quoted.unit === 'σ' ? `${text}${quoted.unit}` : `${text} ${quoted.unit}`;
}
