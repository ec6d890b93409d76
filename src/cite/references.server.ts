/**
 * The site's bibliography (src/data/references.json): lookup by the paper's number or by an extra
 * id, the page anchor of each entry, and the short strings an inline citation shows.
 */
import data from '../data/references.json';

export interface Reference {
  /** The paper's number as a string ('72') or 'extra-<slug>'. */
  id: string;
  /** The paper's own reference number, 1–79 (absent for the site's extra references). */
  paperRef?: number;
  authors: string[];
  etAl?: boolean;
  collaboration?: string;
  /** An explicit cite label (without brackets), where the derived one would repeat another entry's. */
  label?: string;
  title?: string;
  journal?: string;
  volume?: string;
  pages?: string;
  year: number;
  erratum?: string;
  arxiv?: string;
  arxivClass?: string;
  doi?: string;
  url?: string;
  note?: string;
  citedFor?: string;
}

export const references: readonly Reference[] = data.references as Reference[];
export const referencesMeta = data.meta;

/** The paper's bibliography, [1]–[79], in its order. */
export const paperReferences = references.filter((r) => r.paperRef !== undefined);
/** Works the site cites beyond the paper. */
export const extraReferences = references.filter((r) => r.paperRef === undefined);

/**
 * The entry for a paper number (72) or an id ('72', 'extra-pdg-2024').
 * @throws RangeError naming the key when no such entry exists, so a bad <Cite> fails the build.
 */
export function reference(key: number | string): Reference {
  const id = String(key);
  const found = references.find((r) => r.id === id);
  if (!found) throw new RangeError(`No reference '${id}' in src/data/references.json (paper numbers 1-79 or an extra-* id)`);
  return found;
}

/** Anchor id of an entry on the references page: 'ref-72', 'ref-extra-pdg-2024'. */
export function referenceAnchor(ref: Reference): string {
  return `ref-${ref.id}`;
}

/** Last name of an author written as the paper writes it ('A. N. Khan' → 'Khan'). */
export function familyName(author: string): string {
  const words = author.trim().split(/\s+/);
  const rest = words.filter((w) => !/^(\p{Lu}\.)+(-\p{Lu}\.)?$/u.test(w));
  return rest.length ? rest.join(' ') : author.trim();
}

/** Who wrote it, briefly: 'Khan', 'Heeck and Rodejohann', 'Langacker', 'Abi et al. (Muon g-2)'. */
export function shortAuthors(ref: Reference): string {
  const names = ref.authors.map(familyName);
  const collab = ref.collaboration ? ` (${ref.collaboration})` : '';
  if (names.length === 0) return ref.collaboration ?? (ref.arxiv ? `arXiv:${ref.arxiv}` : 'Anonymous');
  if (ref.etAl || names.length > 2) return `${names[0]} et al.${collab}`;
  return names.join(' and ') + collab;
}

/** The bracketed label a citation shows: '[72]' for the paper's list, '[PDG 2024]' for extras. */
export function citeLabel(ref: Reference): string {
  if (ref.paperRef !== undefined) return `[${ref.paperRef}]`;
  if (ref.label) return `[${ref.label}]`;
  if (ref.collaboration) return `[${ref.collaboration === 'Particle Data Group' ? 'PDG' : ref.collaboration} ${ref.year}]`;
  if (ref.authors.length) return `[${familyName(ref.authors[0])}${ref.authors.length > 1 || ref.etAl ? ' et al.' : ''} ${ref.year}]`;
  return `[arXiv:${ref.arxiv}]`;
}

/** One-line description for a citation's title attribute: authors, year, title, where. */
export function citeTitle(ref: Reference): string {
  const parts = [`${shortAuthors(ref)} (${ref.year})`];
  if (ref.title) parts.push(ref.title);
  if (ref.journal) parts.push(`${ref.journal} ${ref.volume ?? ''}${ref.pages ? `, ${ref.pages}` : ''}`.trim());
  if (ref.arxiv) parts.push(`arXiv:${ref.arxiv}`);
  return parts.join('. ');
}

/** Link to an entry's arXiv abstract page. */
export const arxivUrl = (id: string): string => `https://arxiv.org/abs/${id}`;
/** Link that resolves a DOI. */
export const doiUrl = (doi: string): string => `https://doi.org/${doi}`;
