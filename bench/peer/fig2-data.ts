/**
 * The numbers behind the peers' Fig. 2, computed once from the same data and physics as the site
 * (src/data, src/physics) for every flavor × treatment × g−2 value set, so the peer pages only
 * draw: what the benchmark compares is the rendering stack, not the physics.
 * Bundled by bench/run.mjs with esbuild and written to JSON.
 */
import { deltaAmuOf, gMinus2, millichargeLimits } from '../../src/data/index';
import { BOUND_TREATMENTS, CHARGED_NEUTRINO_FLAVORS, couplingBandForDeltaAmu, couplingBound, neutrinoMillicharge } from '../../src/physics/index';

/** m_Z′ range of the g−2 band, MeV (the paper's 10–20 MeV window). */
const M_RANGE = [10, 20] as const;

export function fig2PeerData() {
  const views = [];
  for (const flavor of CHARGED_NEUTRINO_FLAVORS) {
    for (const treatment of BOUND_TREATMENTS) {
      for (const set of gMinus2.sets) {
        const measurement = deltaAmuOf(set.id);
        const bands = M_RANGE.map((m) => couplingBandForDeltaAmu(measurement, 1, m));
        const limits = millichargeLimits.limits
          .filter((l) => l.flavors.includes(flavor) && l.showInPaperFigure)
          .map((l) => {
            const gMax = couplingBound({ flavor, lower: l.interval.lower, upper: l.interval.upper }, treatment);
            return { id: l.id, label: l.label, kind: l.kind, q: Math.abs(neutrinoMillicharge(gMax, flavor)), gMax };
          });
        views.push({
          flavor,
          treatment,
          set: set.id,
          chargePerG2: Math.abs(neutrinoMillicharge(1, flavor)),
          limits,
          band: {
            lower: Math.min(...bands.map((b) => b.lower)),
            upper: Math.max(...bands.map((b) => b.upper)),
            isCeiling: bands.some((b) => b.isCeiling),
          },
        });
      }
    }
  }
  return { dataVersion: millichargeLimits.meta.version, sets: gMinus2.sets.map((s) => s.id), views };
}
