/**
 * BibTeX for the paper, for this site and for any entry of the bibliography, plus a small strict
 * parser (balanced braces, entry type, key, fields) so tests can round-trip what we print.
 * Output is plain ASCII: Greek letters, accents and superscripts become LaTeX.
 */
import { familyName, type Reference } from './references.server';

export interface BibtexEntry {
  /** Lower-case entry type: 'article', 'misc', 'software'. */
  type: string;
  key: string;
  /** Field name (lower case) → value as written between the outer braces. */
  fields: Record<string, string>;
}

/** Combining marks (after NFD) → LaTeX accent commands; letter commands take a braced argument. */
const ACCENT_SYMBOL: Record<string, string> = { '\u0301': "'", '\u0300': '`', '\u0302': '^', '\u0308': '"', '\u0303': '~', '\u0304': '=', '\u0307': '.' };
const ACCENT_LETTER: Record<string, string> = { '\u030c': 'v', '\u0327': 'c', '\u030a': 'r', '\u0306': 'u', '\u030b': 'H', '\u0328': 'k' };
/** Letters that NFD does not split into a base letter and a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: '{\\ss}',
  ø: '{\\o}',
  Ø: '{\\O}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ı: '{\\i}',
};
/** Greek letters and symbols, written in math mode (ε as \epsilon). */
const MATH: Record<string, string> = {
  α: '\\alpha',
  β: '\\beta',
  γ: '\\gamma',
  δ: '\\delta',
  ε: '\\epsilon',
  ζ: '\\zeta',
  η: '\\eta',
  θ: '\\theta',
  ι: '\\iota',
  κ: '\\kappa',
  λ: '\\lambda',
  μ: '\\mu',
  ν: '\\nu',
  ξ: '\\xi',
  π: '\\pi',
  ρ: '\\rho',
  σ: '\\sigma',
  τ: '\\tau',
  υ: '\\upsilon',
  φ: '\\phi',
  χ: '\\chi',
  ψ: '\\psi',
  ω: '\\omega',
  Γ: '\\Gamma',
  Δ: '\\Delta',
  Θ: '\\Theta',
  Λ: '\\Lambda',
  Ξ: '\\Xi',
  Π: '\\Pi',
  Σ: '\\Sigma',
  Υ: '\\Upsilon',
  Φ: '\\Phi',
  Ψ: '\\Psi',
  Ω: '\\Omega',
  '→': '\\to',
  '±': '\\pm',
  '∓': '\\mp',
  '×': '\\times',
  '≤': '\\leq',
  '≥': '\\geq',
  '≈': '\\approx',
  '∞': '\\infty',
};
const MATH_CHARS = new RegExp(`[${Object.keys(MATH).join('')}]`, 'gu');
const SUPER: Record<string, string> = {
  '⁺': '+',
  '⁻': '-',
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};

/** An accented Latin letter as BibTeX writes it ('é' → {\'e}, 'ñ' → {\~n}, 'č' → {\v{c}}), else the letter unchanged. */
function accented(letter: string): string {
  if (SPECIAL_LETTERS[letter]) return SPECIAL_LETTERS[letter];
  const [base, mark, ...rest] = [...letter.normalize('NFD')];
  if (!base || !/^[A-Za-z]$/.test(base) || !mark || rest.length > 0) return letter;
  if (ACCENT_SYMBOL[mark]) return `{\\${ACCENT_SYMBOL[mark]}${base}}`;
  if (ACCENT_LETTER[mark]) return `{\\${ACCENT_LETTER[mark]}{${base}}}`;
  return letter;
}

/**
 * Text as ASCII LaTeX: latexify('Z′ models for (g−2)μ') === "Z' models for (g-2)$\\mu$".
 * Greek letters, →, ±, ∓, ×, ≤, ≥, ≈, ∞ and superscripts go to math mode, √x to $\sqrt{x}$,
 * accented Latin letters to BibTeX accent commands ({\~n}, {\'e}, {\v{c}}).
 * @throws RangeError on a character it has no LaTeX for, so nothing non-ASCII slips through.
 */
export function latexify(text: string): string {
  const out = text
    .replace(/[&%#_]/g, (c) => `\\${c}`)
    .replace(/L([μτ])\s*−\s*L([μτ])/g, (_, a: string, b: string) => `$L_${MATH[a]}-L_${MATH[b]}$`)
    .replace(/[⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (run) => `$^{${[...run].map((c) => SUPER[c]).join('')}}$`)
    .replace(/√([A-Za-z0-9]+|[α-ωΓ-Ω])/gu, (_, x: string) => `$\\sqrt{${MATH[x] ?? x}}$`)
    .replace(MATH_CHARS, (c) => `$${MATH[c]}$`)
    .replace(/\$\$/g, '')
    .replace(/[−–]/g, (c) => (c === '−' ? '-' : '--'))
    .replace(/′/g, "'")
    .replace(/\P{ASCII}/gu, accented);
  const bad = out.match(/[^\x20-\x7e]/u);
  if (bad) throw new RangeError(`latexify has no LaTeX for '${bad[0]}' in "${text}"`);
  return out;
}

/**
 * 'A. N. Khan' → 'Khan, A. N.'; 'Singh Chundawat, Neetu Raj' is already in BibTeX order and kept;
 * names made only of initials ('S. K. A.') are kept whole in braces.
 */
export function bibtexName(author: string): string {
  if (author.includes(',')) return latexify(author.trim());
  const family = familyName(author);
  if (family === author.trim()) return author.includes('.') ? `{${latexify(author.trim())}}` : latexify(author.trim());
  const given = author
    .trim()
    .slice(0, author.trim().length - family.length)
    .trim();
  return `${latexify(family)}, ${latexify(given)}`;
}

/** ASCII letters of a name, for citation keys: 'Bélanger' → 'Belanger'. */
const keyPart = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z0-9]/g, '');

/** BibTeX for one entry of src/data/references.json (paper entries keyed '<Name><year>-ref<N>'). */
export function referenceBibtex(ref: Reference): BibtexEntry {
  const who = ref.authors.length ? familyName(ref.authors[0]) : (ref.collaboration ?? 'arXiv');
  const key = `${keyPart(who)}${ref.year}-${ref.paperRef !== undefined ? `ref${ref.paperRef}` : ref.id.replace(/^extra-/, '')}`;
  const fields: Record<string, string> = {};
  const authors = ref.authors.map(bibtexName);
  if (ref.etAl) authors.push('others');
  if (authors.length) fields.author = authors.join(' and ');
  else if (ref.collaboration) fields.author = `{${latexify(ref.collaboration)} Collaboration}`;
  if (ref.collaboration && ref.authors.length) fields.collaboration = latexify(ref.collaboration);
  if (ref.title) fields.title = `{${latexify(ref.title)}}`;
  if (ref.journal) fields.journal = latexify(ref.journal);
  if (ref.volume) fields.volume = ref.volume;
  if (ref.pages) fields.pages = ref.pages.replace(/-/g, '--');
  fields.year = String(ref.year);
  if (ref.arxiv) {
    fields.eprint = ref.arxiv;
    fields.archiveprefix = 'arXiv';
    if (ref.arxivClass) fields.primaryclass = ref.arxivClass;
  }
  if (ref.doi) fields.doi = ref.doi;
  if (ref.url) fields.url = ref.url;
  if (ref.erratum) fields.note = `Erratum: ${latexify(ref.erratum)}`;
  return { type: ref.journal ? 'article' : 'misc', key, fields };
}

/** The paper's authors in BibTeX order; family names as the paper's own list writes them (ref. [55]). */
export const PAPER_AUTHORS_BIBTEX: readonly string[] = ['Alok, Ashutosh Kumar', 'Singh Chundawat, Neetu Raj', 'Mandal, Arindam'];

export interface PaperCitation {
  /** Authors in BibTeX order, 'Family, Given' (family names can have several words). */
  authors: readonly string[];
  year: number;
  arxiv: string;
}

/** The paper as an arXiv preprint (hep-ph), with its title in LaTeX. */
export function paperBibtex(paper: PaperCitation): BibtexEntry {
  return {
    type: 'misc',
    key: `${keyPart(paper.authors[0].split(',')[0])}${paper.year}-${paper.arxiv.replace('.', '')}`,
    fields: {
      author: paper.authors.map(bibtexName).join(' and '),
      title: `{Correlating neutrino millicharge and muon $(g-2)$ in an abelian $L_\\mu-L_\\tau$ model}`,
      year: String(paper.year),
      eprint: paper.arxiv,
      archiveprefix: 'arXiv',
      primaryclass: 'hep-ph',
      url: `https://arxiv.org/abs/${paper.arxiv}`,
    },
  };
}

export interface SiteCitation {
  title: string;
  version: string;
  /** Release year, e.g. from the build date. */
  year: number;
  url: string;
  arxiv: string;
}

/** This site as software (biblatex @software), authored collectively by its contributors. */
export function siteBibtex(site: SiteCitation): BibtexEntry {
  return {
    type: 'software',
    key: `LmuLtauExplainer${site.year}`,
    fields: {
      author: '{Contributors to the explorable explainer}',
      title: `{${latexify(site.title)}: an explorable companion to arXiv:${site.arxiv}}`,
      version: site.version,
      year: String(site.year),
      url: site.url,
      note: `Interactive website recomputing the results of arXiv:${site.arxiv}`,
    },
  };
}

/** Printed form: one field a line, values in braces, fields in insertion order. */
export function formatBibtex(entry: BibtexEntry): string {
  const width = Math.max(...Object.keys(entry.fields).map((k) => k.length));
  const lines = Object.entries(entry.fields).map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`);
  return `@${entry.type}{${entry.key},\n${lines.join(',\n')}\n}`;
}

/**
 * Strict parser for the subset we print: `@type{key, name = {value}, ...}` with brace-delimited or
 * bare-number values. Rejects unbalanced braces, missing keys, duplicate fields and stray text.
 */
export function parseBibtex(text: string): BibtexEntry[] {
  const entries: BibtexEntry[] = [];
  let i = 0;
  const fail = (msg: string): never => {
    throw new SyntaxError(`BibTeX: ${msg} at offset ${i}`);
  };
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const word = (what: string, re: RegExp): string => {
    const m = re.exec(text.slice(i));
    if (!m) return fail(`expected ${what}`);
    i += m[0].length;
    return m[0];
  };
  const braced = (): string => {
    if (text[i] !== '{') fail("expected '{'");
    let depth = 0;
    const start = i + 1;
    for (; i < text.length; i++) {
      if (text[i] === '\\') {
        i++;
        continue;
      }
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return text.slice(start, i++);
    }
    return fail('unbalanced braces');
  };
  for (skipSpace(); i < text.length; skipSpace()) {
    if (text[i] !== '@') fail("expected '@'");
    i++;
    const type = word('entry type', /^[A-Za-z]+/).toLowerCase();
    skipSpace();
    if (text[i] !== '{') fail("expected '{' after entry type");
    i++;
    skipSpace();
    const key = word('citation key', /^[A-Za-z0-9_:.-]+/);
    const fields: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (text[i] === '}') {
        i++;
        break;
      }
      if (text[i] !== ',') fail("expected ',' or '}'");
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        break;
      }
      const name = word('field name', /^[A-Za-z][A-Za-z0-9_-]*/).toLowerCase();
      skipSpace();
      if (text[i] !== '=') fail(`expected '=' after ${name}`);
      i++;
      skipSpace();
      const value = text[i] === '{' ? braced() : word(`value of ${name}`, /^\d+/);
      if (name in fields) fail(`duplicate field ${name}`);
      fields[name] = value;
    }
    entries.push({ type, key, fields });
  }
  return entries;
}
