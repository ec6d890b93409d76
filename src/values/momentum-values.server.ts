/**
 * <Value> registry entries of the site's own analyses beyond the paper: the Z′-propagator
 * suppression at each measurement's momentum transfer, the validity explorer's bounds, where a
 * bound stops excluding the g−2 band, and the joint μ–τ reading of the solar-neutrino limits.
 */
import { deltaAmuOf, gMinus2, limitById, momentumTransfer, solarOscillation } from '../data';
import {
  bandExit,
  couplingBound,
  effectiveChargeFactor,
  gm2BandEdges,
  jointCouplingFactor,
  solarFlavorProbabilities,
  type BandExit,
  type ChargedNeutrinoFlavor,
} from '../physics';
import { MASS_RANGE_MEV } from '../figures/fig2/state';
import { significantDigits } from '../figures/shared/format';
import { validityData, validityOutputs } from '../figures/validity/data.server';
import { PHYSICS, SUPPRESSION_MASSES_MEV, VALIDITY_MASSES_MEV, type Registry } from './entry';

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

/** `charge-factor/…`, `bound-relax/…`, `momentum/…`, `validity/…` and `band-exit/…`. */
export function addMomentumValues(r: Registry): void {
  // Charge a scattering experiment sees for a massive Z′, relative to eq. (8): Q²/(Q² + m_Z′²) at its largest |q|.
  for (const entry of momentumTransfer.entries) {
    const range = entry.momentumTransferMeV;
    if (!range) continue;
    for (const mass of SUPPRESSION_MASSES_MEV) {
      r[`charge-factor/${entry.id}/${mass}`] = () => ({
        value: effectiveChargeFactor(-range.max * range.max, mass),
        digits: 2,
        source: `Q²/(Q² + m_Z′²) at |q| = ${range.max} MeV, m_Z′ = ${mass} MeV, src/data/momentum-transfer.json '${entry.id}', ${PHYSICS}/validity.ts`,
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
          source: `√(1 + m_Z′²/|q|²) at |q| = ${q} MeV, m_Z′ = ${mass} MeV, src/data/momentum-transfer.json '${entry.id}', ${PHYSICS}/validity.ts`,
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
          source: `largest m_Z′ up to which g_max (symmetric) · √(1 + m_Z′²/|q|²) at |q| = ${q} MeV stays below the lower edge of the 1σ g−2 band of set '${gMinus2.paperSetId}' (eq. (6)), src/data/millicharge-limits.json '${limitId}', src/data/momentum-transfer.json '${entry.id}', ${PHYSICS}/band-exclusion.ts`,
        });
      }
    }
  }
}

/** `oscillation/…` and `joint/…`: the joint reading of the solar-neutrino limits. */
export function addJointValues(r: Registry): void {
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
    source: `P_eμ = (1 − P_ee) cos²θ23 (θ13 neglected), ${oscillation}, ${PHYSICS}/joint-charge.ts`,
  });
  r['oscillation/p-etau'] = () => ({
    value: probabilities.etau,
    digits: 2,
    source: `P_eτ = (1 − P_ee) sin²θ23 (θ13 neglected), ${oscillation}, ${PHYSICS}/joint-charge.ts`,
  });
  for (const limitId of solarOscillation.limitIds) {
    const limit = limitById(limitId);
    const where = `src/data/millicharge-limits.json '${limitId}', ${oscillation}, ${PHYSICS}/joint-charge.ts`;
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
}
