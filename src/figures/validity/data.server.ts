/**
 * The validity explorer, build side: where a millicharge limit, read through eq. (8), still bounds g
 * once the Z′ has a mass. The experiment sees q_ν · Q²/(Q² + m_Z′²) at momentum transfer Q = |q|,
 * so its bound on g weakens by √(1 + m_Z′²/Q²) (src/physics/validity.ts).
 *
 * {@link validityData} reads the cited data files; ValidityExplorer.astro embeds its result in the
 * page, and the browser hands that plain copy to the same functions the build uses
 * (components/validity/validity-live.ts, re-exported here). Browser code imports validity-browser, never this
 * module: it would pull in src/data with its JSON schemas and checker.
 */
import { deltaAmuOf, gMinus2, millichargeLimits, momentumTransfer } from '../../data';
import { couplingBound } from '../../physics/index';
import type { ValidityData, ValidityExperiment } from './view';

export * from '../../components/validity/validity-live';

/** The limits that have a momentum-transfer range, in the order of millicharge-limits.json. */
export function validityData(): ValidityData {
  const experiments: ValidityExperiment[] = [];
  for (const limit of millichargeLimits.limits) {
    const entry = momentumTransfer.entries.find((e) => e.limitIds.includes(limit.id));
    const range = entry?.momentumTransferMeV;
    if (!entry || !range) continue;
    const { lower, upper } = limit.interval;
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
      arxiv: limit.reference.arxiv,
      paperRef: limit.reference.paperRef ?? null,
      clSource: limit.clSource,
      ...(limit.reference.extraRef ? { extraRef: limit.reference.extraRef } : {}),
      ...(limit.disputed ? { disputed: limit.disputed } : {}),
    });
  }
  return {
    experiments,
    sets: gMinus2.sets.map((s) => ({ id: s.id, label: s.label, ...deltaAmuOf(s.id), source: s.source })),
    defaultSetId: gMinus2.paperSetId,
    dataVersion: `millicharge-limits ${millichargeLimits.meta.version}, momentum-transfer ${momentumTransfer.meta.version}, g-minus-2 ${gMinus2.meta.version}`,
  };
}
