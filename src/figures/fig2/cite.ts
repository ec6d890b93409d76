/**
 * "Cite what you see" for Fig. 2: the page embeds BibTeX per source at build time (fig2Bibtex in
 * Fig2.astro); the browser joins the entries of what the current view draws. Pure and
 * browser-safe (no references.json here).
 */
import type { Fig2View } from './view';

/** BibTeX the page embeds: the paper's entry, one per limit id, and one per arXiv id of the g−2 sets and Hubble regions. */
export interface Fig2Bibtex {
  paper: string;
  /** Limit id → BibTeX of its source (paper reference, or the site's extra reference). */
  byLimit: Record<string, string>;
  byArxiv: Record<string, string>;
}

/** BibTeX for the paper and every source the view draws, each entry once, in drawing order. */
export function fig2Citation(view: Fig2View, bibtex: Fig2Bibtex): string {
  const entries = [
    ...view.lines.map((line) => bibtex.byLimit[line.limit.id]),
    ...[...view.band.set.arxiv, ...view.hubble.map((h) => h.arxiv)].map((id) => (id ? bibtex.byArxiv[id] : undefined)),
  ];
  // A source may hold several entries (joined by blank lines); each entry appears once.
  const unique = new Set(entries.filter((text): text is string => Boolean(text)).flatMap((text) => text.split('\n\n')));
  return [bibtex.paper, ...unique].join('\n\n');
}
