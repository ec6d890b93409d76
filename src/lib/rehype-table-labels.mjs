// rehype plugin: gives every body cell of a prose table its column's name in `data-label`, and
// marks tables of three or more columns `table-cards`, so that on a phone global.css can show
// each row as a card of label–value lines instead of a table that scrolls sideways (CSS only; the
// desktop table is unchanged). Runs after rehype-katex: a heading with math is named by the
// MathML's text (e.g. "Δaμ/σ"), never by its TeX source.
import { visitParents } from 'unist-util-visit-parents';

/** Columns from which a table becomes cards on a phone (two columns fit a phone's width as they are). */
const CARDS_FROM_COLUMNS = 3;

/** @param {any} node */
const isElement = (node, tagName) => node?.type === 'element' && (tagName === undefined || node.tagName === tagName);

/** @param {any} node @returns {boolean} */
const hasClass = (node, name) => [node.properties?.className ?? []].flat().includes(name);

/**
 * Text of a node as a reader sees it: KaTeX's HTML rendering and TeX annotation are skipped (the
 * MathML keeps the symbols once), whitespace collapsed.
 * @param {any} node
 * @returns {string}
 */
export function cellText(node) {
  const parts = [];
  const walk = (/** @type {any} */ n) => {
    if (n.type === 'text') parts.push(n.value);
    if (!Array.isArray(n.children) || (isElement(n) && (n.tagName === 'annotation' || hasClass(n, 'katex-html')))) return;
    n.children.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Rows of a table section (thead, tbody) or of the table itself. @param {any} parent */
const rowsOf = (parent) => parent.children.filter((/** @type {any} */ c) => isElement(c, 'tr'));

/** Cells of a row. @param {any} row */
const cellsOf = (row) => row.children.filter((/** @type {any} */ c) => isElement(c, 'td') || isElement(c, 'th'));

export default function rehypeTableLabels() {
  /** @param {any} tree */
  return (tree) => {
    visitParents(
      tree,
      (node) => isElement(node, 'table'),
      (table) => {
        const thead = table.children.find((/** @type {any} */ c) => isElement(c, 'thead'));
        const headerRow = thead ? rowsOf(thead)[0] : undefined;
        if (!headerRow) return;
        const names = cellsOf(headerRow).map(cellText);
        for (const section of table.children.filter((/** @type {any} */ c) => isElement(c, 'tbody'))) {
          for (const row of rowsOf(section)) {
            cellsOf(row).forEach((/** @type {any} */ cell, /** @type {number} */ i) => {
              if (names[i]) cell.properties = { ...cell.properties, dataLabel: names[i] };
            });
          }
        }
        if (names.length >= CARDS_FROM_COLUMNS)
          table.properties = { ...table.properties, className: [...[table.properties?.className ?? []].flat(), 'table-cards'] };
      },
    );
  };
}
