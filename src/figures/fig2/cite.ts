/**
 * "Cite what you see" for Fig. 2: the page embeds BibTeX per source at build time (Fig2.astro) as
 * entries by key; the descriptor names the keys of what the view draws and the shared element joins
 * those entries. Pure and browser-safe (no references.json here).
 */
import { joinBibtex } from '../shared/descriptor';
import type { Fig2View } from './view';

/** BibTeX by source: the paper's entry, one per limit id, and one per arXiv id of the g−2 sets and Hubble regions. */
export interface Fig2Bibtex {
  paper: string;
  /** Limit id → BibTeX of its source (paper reference, or the site's extra reference). */
  byLimit: Record<string, string>;
  byArxiv: Record<string, string>;
}

const limitKey = (id: string) => `limit:${id}`;
const arxivKey = (id: string) => `arxiv:${id}`;

/** The entries as the page embeds them (Widget.astro's `bibtex`): 'paper', 'limit:<id>', 'arxiv:<id>'. */
export function fig2BibtexEntries({ paper, byLimit, byArxiv }: Fig2Bibtex): Record<string, string> {
  return {
    paper,
    ...Object.fromEntries(Object.entries(byLimit).map(([id, text]) => [limitKey(id), text])),
    ...Object.fromEntries(Object.entries(byArxiv).map(([id, text]) => [arxivKey(id), text])),
  };
}

/** The keys of what the view draws, in drawing order: the paper, each limit's source, the g−2 set's and the Hubble regions' arXiv ids. */
export function fig2CiteKeys(view: Fig2View): string[] {
  const arxiv = [...view.band.set.arxiv, ...view.hubble.map((region) => region.arxiv)].filter((id): id is string => Boolean(id));
  return ['paper', ...view.lines.map((line) => limitKey(line.limit.id)), ...arxiv.map(arxivKey)];
}

/** BibTeX for the paper and every source the view draws, each entry once, in drawing order. */
export function fig2Citation(view: Fig2View, bibtex: Fig2Bibtex): string {
  return joinBibtex(fig2BibtexEntries(bibtex), fig2CiteKeys(view));
}
