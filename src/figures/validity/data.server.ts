/**
 * The validity explorer, build side: where a millicharge limit, read through eq. (8), still bounds g
 * once the Z′ has a mass. The experiment sees q_ν · Q²/(Q² + m_Z′²) at momentum transfer Q = |q|,
 * so its bound on g weakens by √(1 + m_Z′²/Q²) (src/physics/validity.ts).
 *
 * {@link validityData} selects from the shared figure data (figures/shared/figure-data.server.ts);
 * ValidityExplorer.astro embeds its result in the page, and the browser hands that plain copy to the
 * same descriptor the build uses (figures/validity/descriptor.ts; its modules are re-exported here).
 * Browser code never imports this module: it would pull in src/data with its JSON schemas and checker.
 */
import { couplingBound } from '../../physics/index';
import { dataVersionOf, figureData } from '../shared/figure-data.server';
import type { ValidityData, ValidityExperiment } from './view';

export * from './view';
export * from './curves';
export * from './export';
export * from './spec';
export * from './descriptor';

/** The limits that have a momentum-transfer range, in the order of millicharge-limits.json. */
export function validityData(): ValidityData {
  const model = figureData();
  const experiments: ValidityExperiment[] = [];
  for (const limit of model.limits) {
    const entry = model.experiments.find((e) => e.limitIds.includes(limit.id));
    const range = entry?.momentumMeV;
    if (!entry || !range) continue;
    const { lower, upper } = limit;
    // For a limit on both flavours, the flavour with the smaller g_max (identical for symmetric intervals).
    const flavor = [...limit.flavors].sort(
      (a, b) => couplingBound({ flavor: a, lower, upper }, 'signed') - couplingBound({ flavor: b, lower, upper }, 'signed'),
    )[0];
    experiments.push({
      id: limit.id,
      label: limit.label,
      flavor,
      interval: { flavor, lower, upper },
      cl: limit.cl,
      kind: limit.kind,
      qMinMeV: range.min,
      qMaxMeV: range.max,
      recoil: entry.recoil,
      justification: entry.justification,
      arxiv: limit.arxiv ?? '',
      paperRef: limit.paperRef ?? null,
      clSource: limit.clSource,
      ...(limit.extraRef ? { extraRef: limit.extraRef } : {}),
      ...(limit.disputed ? { disputed: limit.disputed } : {}),
    });
  }
  return {
    experiments,
    sets: model.sets,
    defaultSetId: model.paperSetId,
    dataVersion: dataVersionOf(['g-minus-2', 'millicharge-limits', 'momentum-transfer']),
  };
}
