/**
 * <Value> registry entries read from src/data: millicharge intervals and their g bounds, Δa_μ sets
 * and their coupling bands, Hubble regions and the Z′-exchange analyses.
 */
import { deltaAmuFromSet, gMinus2, hubbleRegions, millichargeLimits, zExchangeAnalyses } from '../data';
import { couplingBandForDeltaAmu, couplingBound, type ChargedNeutrinoFlavor } from '../physics';
import { significantDigits } from '../figures/shared/format';
import { BAND_MASSES_MEV, BAND_WIDTHS, TREATMENTS, type Registry } from './entry';

/** `limit/…` and `gmax/…`: each limit's interval and its bounds on g. */
export function addLimitValues(r: Registry): void {
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
}

/** `damu/…` and `gband/…`: each Δa_μ set, its inputs and its coupling bands. */
export function addAnomalyValues(r: Registry): void {
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
}

/** `hubble/…` and `zexchange/…`. */
export function addHubbleValues(r: Registry): void {
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
}
