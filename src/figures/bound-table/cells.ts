/**
 * The bound table's cells as a small model that both renderers draw the same way: BoundTable.astro
 * at build time and bound-table-live.ts in the browser. A cell is a list of lines; a line is a list
 * of parts (text, or text with a class, a link, a title or a details disclosure). Pure.
 */
import type { BoundTableRow, SortColumn } from './table';
import { DISPUTED_TEXT } from './table';
import { momentumText, zeroText, type BandReadings } from './readings';
import { formatPercent, formatSci, significantDigits } from '../shared/format';

/** Part of a cell line: plain text, or text with a class, a link (href), a title, or hidden details. */
export type CellPart = string | { text: string; className?: string; href?: string; title?: string; details?: string };

/** One table cell: its lines (each a block when there are several) and a class. */
export interface TableCell {
  className?: string;
  lines: CellPart[][];
}

/** A column: key, header text, and the g_max column it sorts by, if any. */
export interface BoundTableColumn {
  key: keyof ReturnType<typeof boundTableCells>;
  title: string;
  sort?: SortColumn;
}

/** The table's columns in order; the first is the row header. */
export const BOUND_TABLE_COLUMNS: readonly BoundTableColumn[] = [
  { key: 'label', title: 'Experiment' },
  { key: 'flavor', title: 'Flavour' },
  { key: 'gmaxSymmetric', title: 'g_max, symmetric', sort: 'gmaxSymmetric' },
  { key: 'gmaxSigned', title: 'g_max, signed', sort: 'gmaxSigned' },
  { key: 'paper', title: 'Paper quotes' },
  { key: 'joint', title: 'g_max, joint μ–τ estimate (site’s own)' },
  { key: 'gm2', title: 'Rules out the g−2 band?' },
  { key: 'hubble', title: 'Rules out Hubble region?' },
  { key: 'interval', title: 'Allowed q_ν (e)' },
  { key: 'kind', title: 'Kind, CL' },
  { key: 'source', title: 'Source' },
];

const FLAVOR_TEXT = { mu: 'ν_μ', tau: 'ν_τ' } as const;

/**
 * Labels of the two readings, in the order the cells give them: first the momentum-dependent one
 * (a Z′ of the view's masses, its propagator at the measurement's |q|), then the paper's (eq. (8)
 * at q² = 0, which is what a massless Z′ would give at any |q|).
 */
export const READING_LABELS = { momentum: 'with Z′ mass: ', zero: 'massless Z′ (paper): ' } as const;

/** What a disputed limit's verdict says when it claims to exclude something: only what it would do. */
export const IF_IT_HELD = 'would, if it held: ';

const one = (text: string, className?: string): TableCell => ({ className, lines: [[text]] });
const label = (text: string): CellPart => ({ text, className: 'reading-label' });

/** True when a reading excludes some of the band at some mass (a static or unevaluated reading excludes nothing). */
function claimsAtZero(r: BandReadings): boolean {
  return r.atZero.some.length > 0;
}
function claimsWithMass(r: BandReadings): boolean {
  return r.momentum.kind === 'range' && (r.momentum.atQMin.some.length > 0 || r.momentum.atQMax.some.length > 0);
}

/**
 * A verdict as the cell prints it: for a disputed limit that claims an exclusion, 'would, if it
 * held: all of it' rather than a plain 'yes, all of it' (the site does not take the number as a bound).
 */
function verdict(text: string, claims: boolean, disputed: boolean): string {
  return disputed && claims ? `${IF_IT_HELD}${text.replace(/^yes, all of it/, 'all of it')}` : text;
}

/** The g−2 cell: both readings on two labelled lines, the momentum-dependent one first. */
function gm2Cell(gm2: BoundTableRow['gm2'], disputed: boolean): TableCell {
  if (gm2 === 'ceiling') return one('no band (the set only caps g)', 'reading');
  return {
    className: 'reading',
    lines: [
      [label(READING_LABELS.momentum), verdict(momentumText(gm2), claimsWithMass(gm2), disputed)],
      [label(READING_LABELS.zero), verdict(zeroText(gm2), claimsAtZero(gm2), disputed)],
    ],
  };
}

/**
 * The Hubble cell: the momentum-dependent reading on one line if it reads the same for every
 * region, else one line per region; then the paper's reading for every region on one line.
 */
function hubbleCell(hubble: BoundTableRow['hubble'], disputed: boolean): TableCell {
  const name = (h: { usedByPaper: boolean }) => (h.usedByPaper ? 'paper’s' : 'thermal');
  const words = (r: BandReadings, text: (r: BandReadings) => string) => text(r).replace(/^yes, all of it/, 'all');
  const momentum = hubble.map((h) => verdict(words(h.readings, momentumText), claimsWithMass(h.readings), disputed));
  const zero = verdict(
    hubble.map((h) => `${name(h)}: ${words(h.readings, zeroText)}`).join('; '),
    hubble.some((h) => claimsAtZero(h.readings)),
    disputed,
  );
  const lines: CellPart[][] = [];
  if (new Set(momentum).size === 1) lines.push([label(READING_LABELS.momentum), momentum[0]!]);
  else hubble.forEach((h, i) => lines.push([label(`${READING_LABELS.momentum.replace(/: $/, '')}, ${name(h)}: `), momentum[i]!]));
  lines.push([label(READING_LABELS.zero), zero]);
  return { className: 'reading', lines };
}

/** How the Kind column names each kind of limit. */
const KIND_TEXT: Record<string, string> = { observed: 'observed', projection: 'projection', indirect: 'indirect', astro: 'astrophysical' };

/** The kind on one line, the CL on the next: where it was read (title), or which sources omit it (details). */
function kindCell(row: BoundTableRow): TableCell {
  const name = KIND_TEXT[row.kind] ?? row.kind;
  const kind = row.hypothetical ? `hypothetical (${name})` : name;
  const cl: CellPart =
    row.cl === null
      ? row.clSource
        ? { text: 'CL not stated', details: row.clSource }
        : 'CL not stated'
      : row.clSource
        ? { text: `${formatPercent(row.cl)} CL`, title: row.clSource }
        : `${formatPercent(row.cl)} CL`;
  return { lines: [[kind], [cl]] };
}

/** The source: the references-page entry and arXiv, or the reader's input. */
function sourceCell(row: BoundTableRow): TableCell {
  const parts: CellPart[] = [];
  if (row.reference) parts.push({ text: row.reference.label, href: row.reference.href, title: row.reference.title }, ' ');
  if (row.arxiv) parts.push({ text: `arXiv:${row.arxiv}`, href: `https://arxiv.org/abs/${row.arxiv}` });
  return { lines: [parts.length ? parts : ['your input']] };
}

/** A row as cells, by column key (BOUND_TABLE_COLUMNS gives the order). */
export function boundTableCells(row: BoundTableRow) {
  // A label that already says 'disputed' (the data's 'Beam dump (as quoted by the paper, disputed)',
  // 'GEMMA (flavour-blind reading as quoted by the paper, disputed)') is not repeated: the disclosure only says why.
  const summary = /disputed/i.test(row.label) ? 'why disputed' : DISPUTED_TEXT;
  const label: TableCell = row.disputed ? { lines: [[row.label], [{ text: summary, className: 'disputed-note', details: row.disputed }]] } : one(row.label);
  const signed: TableCell = row.differs
    ? { className: 'num differs', lines: [[formatSci(row.gmaxSigned), { text: ' ≠', className: 'differs-mark', title: 'differs from the symmetric bound' }]] }
    : one(formatSci(row.gmaxSigned), 'num');
  return {
    label,
    flavor: one(FLAVOR_TEXT[row.flavor]),
    gmaxSymmetric: one(formatSci(row.gmaxSymmetric), 'num'),
    gmaxSigned: signed,
    paper: one(row.paper === null ? '—' : formatSci(row.paper, significantDigits(row.paper)), 'num'),
    joint: one(row.joint === null ? '—' : formatSci(row.joint), 'num'),
    gm2: gm2Cell(row.gm2, Boolean(row.disputed)),
    hubble: hubbleCell(row.hubble, Boolean(row.disputed)),
    interval: one(`[${formatSci(row.lower)}, ${formatSci(row.upper)}]`, 'num'),
    kind: kindCell(row),
    source: sourceCell(row),
  };
}

/** The class of a row: hypothetical (a reader's limit) or disputed. */
export function boundRowClass(row: BoundTableRow): string | undefined {
  return row.hypothetical ? 'hypothetical' : row.disputed ? 'disputed' : undefined;
}

/** A cell's text as a reader sees it (details included), lines joined by ' / '. */
export function cellText(cell: TableCell): string {
  return cell.lines.map((line) => line.map((p) => (typeof p === 'string' ? p : p.details ? `${p.text} ${p.details}` : p.text)).join('')).join(' / ');
}
