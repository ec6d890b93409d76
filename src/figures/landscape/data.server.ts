/**
 * The landscape's data (model.ts), built at build time: the drawn Z′ limits of src/data/zprime-limits.json
 * with their looks, sources and references-page links; the Δa_μ sets and Hubble regions of the
 * shared figure data; the data versions. The page embeds it as JSON for the browser.
 */
import { zprimeLimits } from '../../data/zprime-limits';
import { citeLabel, citeTitle, reference, referenceAnchor, references } from '../../cite/references.server';
import { pageHref } from '../../lib/paths';
import { figureData } from '../shared/figure-data.server';
import type { LandscapeData } from './model';
import { zprimeLook } from './looks';
import { once } from '../shared/memo';
import { recastCurve } from './recast';
import { BAND_GRID } from './view';

/** The digitisation of a limit in one line: repository, path and short commit, or the publication's table. */
function sourceLine(d: (typeof zprimeLimits.limits)[number]['digitisation']): string {
  return d.source === 'repository' ? `${d.repository}, ${d.path} @ ${d.commit!.slice(0, 7)}` : `publication table: ${d.table}`;
}

/** The landscape's data, once per build. */
export const landscapeData = once((): LandscapeData => {
  const shared = figureData();
  return {
    limits: zprimeLimits.limits.map((l) => {
      const entry = references.find((r) => r.arxiv === l.publication.arxiv || (l.publication.paperRef !== undefined && r.paperRef === l.publication.paperRef));
      const ref = entry ? reference(entry.id) : undefined;
      return {
        id: l.id,
        label: l.label,
        experiment: l.experiment,
        kind: l.kind,
        cl: l.cl,
        credible: /credib/i.test(l.clSource ?? ''),
        arxiv: l.publication.arxiv,
        citation: l.publication.citation,
        source: sourceLine(l.digitisation),
        ...(ref ? { reference: { label: citeLabel(ref), href: pageHref('references', referenceAnchor(ref)), title: citeTitle(ref) } } : {}),
        ...zprimeLook(l.id, l.kind),
        segments: l.segments,
      };
    }),
    sets: shared.sets,
    defaultSetId: shared.defaultSetId,
    hubble: shared.hubble,
    recast: recastCurve(shared.limits, BAND_GRID),
    links: { eq6: pageHref('muon-g-2', 'eq-6'), validity: pageHref('validity') },
    dataVersion: `zprime-limits ${zprimeLimits.meta.version}, ${shared.dataVersion
      .split(', ')
      .filter((v) => /^(g-minus-2|millicharge-limits|hubble-regions|momentum-transfer) /.test(v))
      .join(', ')}`,
  };
});
