/**
 * High-precision references from tests/reference/make_reference.py (mpmath, 40 digits),
 * parsed into numbers. Regenerate the JSON with the script, never by hand.
 */
import raw from '../reference/reference.json' with { type: 'json' };

export const reference = {
  /** Δa_μ at g = 1 for Z′ masses in MeV. */
  deltaAmu: raw.deltaAmu.map((r) => ({ mZprime: Number(r.mZprime), deltaAmu: Number(r.deltaAmu) })),
  /** ε(q²)/ε(0) for q² in MeV². */
  kineticMixingRatio: raw.kineticMixingRatio.map((r) => ({ q2: Number(r.q2), ratio: Number(r.ratio) })),
  /** Coupling bounds g from a charge limit (units of e), with the paper's rounded value where it states one. */
  couplingBounds: raw.couplingBounds.map((r) => ({
    id: r.id,
    qLimit: Number(r.qLimit),
    g: Number(r.g),
    paper: r.paper === null ? null : Number(r.paper),
  })),
  constants: {
    muonMassMeV: Number(raw.meta.constants.muonMassMeV),
    tauMassMeV: Number(raw.meta.constants.tauMassMeV),
    alpha: Number(raw.meta.constants.alpha),
  },
};
