/**
 * "Cite what you see" for the g−2 explorer and the ε calculator: BibTeX for the paper plus each
 * source a view shows, looked up in src/data/references.json by paper number or arXiv id.
 * Computed at build time; the browser only joins the entries of what is on screen.
 */
import { formatBibtex, paperBibtex, referenceBibtex } from './bibtex';
import { reference, references, type Reference } from './references.server';

/** The paper itself, authors in BibTeX order. */
export function paperEntry(): string {
  return formatBibtex(paperBibtex({ authors: ['Alok, Ashutosh Kumar', 'Singh Chundawat, Neetu Raj', 'Mandal, Arindam'], year: 2023, arxiv: '2308.05720' }));
}

/** Every arXiv id written in a free-text source ('arXiv:2104.03281 and arXiv:2006.04822'). */
export function arxivIdsIn(text: string): string[] {
  return [...text.matchAll(/arXiv:(\d{4}\.\d{4,5})/g)].map((m) => m[1]);
}

/**
 * BibTeX of the references behind a list of keys: paper numbers (23), arXiv ids ('2308.06230') or
 * bibliography ids ('extra-pdg-2024').
 * Unknown keys are skipped (a source outside the bibliography has nothing to cite beyond its text).
 * @returns entries joined by blank lines, in first-mention order, without duplicates
 */
export function bibtexFor(keys: readonly (number | string)[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const key of keys) {
    const ref: Reference | undefined =
      typeof key === 'number' ? references.find((r) => r.paperRef === key) : references.find((r) => r.arxiv === key || r.id === key);
    if (!ref || seen.has(ref.id)) continue;
    seen.add(ref.id);
    out.push(formatBibtex(referenceBibtex(ref)));
  }
  return out.join('\n\n');
}

/** Where a limit's number comes from, as the data say it. */
export interface LimitSource {
  /** The paper's reference number, when the paper cites the source. */
  paperRef?: number | null;
  /** An `extra-…` id of references.json, when it does not. */
  extraRef?: string;
  arxiv?: string;
}

/**
 * BibTeX of a limit's source: its entry in the paper's bibliography, else its extra reference,
 * else the bibliography entry with its arXiv id ('' when there is none).
 * @throws RangeError when `extraRef` names no entry of references.json (a data error fails the build)
 */
export function limitBibtex(limit: LimitSource): string {
  if (limit.paperRef) return bibtexFor([limit.paperRef]);
  if (limit.extraRef) return formatBibtex(referenceBibtex(reference(limit.extraRef)));
  return limit.arxiv ? bibtexFor([limit.arxiv]) : '';
}
