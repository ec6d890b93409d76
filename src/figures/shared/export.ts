/**
 * Downloadable data for every figure: CSV with `# key: value` metadata lines above the header, and
 * JSON as {meta, data}. Pure string builders; the browser helpers that save them are in
 * src/components/shared/download.ts. Numbers are written with full double precision
 * (String(x) round-trips), so a download parses back to exactly the plotted values.
 */

/** The convention every export states: charges in units of e, the coupling of eq. (2). */
export const COUPLING_CONVENTION = 'q_ν in units of e; g = g_{μ−τ}';

/** A cited source of the exported numbers. */
export interface ExportSource {
  /** Human label, e.g. 'XENONnT (paper ref. [74])'. */
  label: string;
  /** arXiv identifier, e.g. '2207.11330'. */
  arxiv?: string;
}

/** What the numbers are and where they come from; written in this order. */
export interface ExportMeta {
  /** What the rows are, e.g. 'Fig. 2: neutrino millicharge |q_ν| versus g'. */
  quantity: string;
  /** Units of each column, e.g. 'g dimensionless; q_ν in units of e'. */
  units: string;
  /** Defaults to {@link COUPLING_CONVENTION}. */
  convention?: string;
  /** Confidence level(s), e.g. '90% (COHERENT), 90% (XENONnT)'. */
  cl?: string;
  /** Observed limits and/or projections. */
  status?: string;
  sources: readonly ExportSource[];
  /** Version of the data file(s) used, from their `meta` block. */
  dataVersion: string;
  /** ISO 8601 time of the export. */
  generatedAt: string;
  /** Further plain key/value lines (view state, treatment …), written after the fixed keys. */
  extra?: Readonly<Record<string, string>>;
}

/** One CSV/JSON column: `key` in each row object, `header` as written in the CSV. */
export interface ExportColumn {
  key: string;
  header: string;
}

/** A data row: numbers, strings, booleans or null (empty in CSV). */
export type ExportRow = Readonly<Record<string, number | string | boolean | null>>;

function sourceText(source: ExportSource): string {
  return source.arxiv ? `${source.label} arXiv:${source.arxiv}` : source.label;
}

/** Metadata as ordered [key, value] pairs, with the convention filled in. */
export function metaEntries(meta: ExportMeta): [string, string][] {
  const entries: [string, string][] = [
    ['quantity', meta.quantity],
    ['units', meta.units],
    ['convention', meta.convention ?? COUPLING_CONVENTION],
  ];
  if (meta.cl) entries.push(['CL', meta.cl]);
  if (meta.status) entries.push(['status', meta.status]);
  entries.push(['sources', meta.sources.map(sourceText).join('; ')]);
  entries.push(['data version', meta.dataVersion]);
  entries.push(['generated at', meta.generatedAt]);
  for (const [key, value] of Object.entries(meta.extra ?? {})) entries.push([key, value]);
  return entries;
}

/**
 * Escapes one CSV field (RFC 4180): quoted when it holds a comma, quote or line break, or starts
 * with '#' (unquoted, a row starting "# " would read as one of the metadata comment lines).
 */
function csvField(value: number | string | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`CSV export refuses a non-finite number: ${value}`);
    return String(value);
  }
  const text = String(value);
  return /[",\r\n]/.test(text) || text.startsWith('#') ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A metadata value on one line (line breaks would end the comment). */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/**
 * CSV text: `# key: value` lines, then a header row, then one line per row.
 * @throws RangeError if a number is not finite (NaN never reaches a download)
 */
export function buildCsv(meta: ExportMeta, columns: readonly ExportColumn[], rows: readonly ExportRow[]): string {
  const lines = metaEntries(meta).map(([key, value]) => `# ${key}: ${oneLine(value)}`);
  lines.push(columns.map((c) => csvField(c.header)).join(','));
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c.key])).join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * JSON text {meta, columns, data}: meta keys as in the CSV, data rows as objects with the column keys.
 * @throws RangeError if a number is not finite
 */
export function buildJson(meta: ExportMeta, columns: readonly ExportColumn[], rows: readonly ExportRow[]): string {
  const data = rows.map((row) => {
    const out: Record<string, number | string | boolean | null> = {};
    for (const { key } of columns) {
      const value = row[key] ?? null;
      if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`JSON export refuses a non-finite number: ${value}`);
      out[key] = value;
    }
    return out;
  });
  const metaObject = Object.fromEntries(metaEntries(meta));
  return `${JSON.stringify({ meta: { ...metaObject, sources: meta.sources }, columns, data }, null, 2)}\n`;
}

/** A file name from a figure id and state: 'fig2-tau-signed.csv'; only [a-z0-9-] survive. */
export function exportFileName(stem: string, extension: 'csv' | 'json' | 'svg' | 'png'): string {
  const safe =
    stem
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'figure';
  return `${safe}.${extension}`;
}
