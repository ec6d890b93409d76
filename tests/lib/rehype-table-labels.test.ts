// The rehype plugin behind the phone card layout of prose tables: each body cell names its column
// in data-label (math headings by their MathML text, never their TeX or KaTeX's HTML twin), and only
// tables of three or more columns are marked for cards.
import { describe, expect, it } from 'vitest';
import rehypeTableLabels, { cellText } from '../../src/lib/rehype-table-labels.mjs';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

const el = (tagName: string, children: (Node | string)[] = [], properties: Record<string, unknown> = {}): Node => ({
  type: 'element',
  tagName,
  properties,
  children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});

/** A heading cell as rehype-katex leaves $a_\mu$: MathML with a TeX annotation, then the HTML rendering. */
const katexCell = el('th', [
  el(
    'span',
    [
      el('span', [el('math', [el('semantics', [el('msub', [el('mi', ['a']), el('mi', ['μ'])]), el('annotation', ['a_\\mu'])])])], {
        className: ['katex-mathml'],
      }),
      el('span', ['a', 'μ'], { className: ['katex-html'] }),
    ],
    {
      className: ['katex'],
    },
  ),
  ' measured',
]);

function table(headings: Node[], rows: string[][]): Node {
  return el('table', [
    el('thead', [el('tr', headings)]),
    el(
      'tbody',
      rows.map((cells) =>
        el(
          'tr',
          cells.map((c) => el('td', [c])),
        ),
      ),
    ),
  ]);
}

const labels = (t: Node) => t.children![1]!.children!.map((tr) => tr.children!.map((td) => td.properties?.dataLabel));

describe('rehypeTableLabels()', () => {
  it('gives every body cell its column heading as data-label and marks a three-column table for cards', () => {
    const t = table(
      [el('th', ['value set']), katexCell, el('th', ['Δ'])],
      [
        ['2021', '1', '2'],
        ['2023', '3', '4'],
      ],
    );
    rehypeTableLabels()({ type: 'root', children: [t] });
    expect(labels(t)).toEqual([
      ['value set', 'aμ measured', 'Δ'],
      ['value set', 'aμ measured', 'Δ'],
    ]);
    expect(t.properties?.className).toEqual(['table-cards']);
  });

  it('labels a two-column table but leaves it a table on phones (no table-cards class)', () => {
    const t = table([el('th', ['symbol']), el('th', ['meaning'])], [['g', 'coupling']]);
    rehypeTableLabels()({ type: 'root', children: [t] });
    expect(labels(t)).toEqual([['symbol', 'meaning']]);
    expect(t.properties?.className).toBeUndefined();
  });

  it('leaves a table without a header row untouched', () => {
    const t = el('table', [el('tbody', [el('tr', [el('td', ['a']), el('td', ['b']), el('td', ['c'])])])]);
    rehypeTableLabels()({ type: 'root', children: [t] });
    expect(t.children![0]!.children![0]!.children!.map((td) => td.properties?.dataLabel)).toEqual([undefined, undefined, undefined]);
    expect(t.properties?.className).toBeUndefined();
  });
});

describe('cellText()', () => {
  it.each([
    ['plain text, whitespace collapsed', el('th', ['  g  within\n ±1σ ']), 'g within ±1σ'],
    ['math by its MathML text, without TeX annotation or KaTeX HTML', katexCell, 'aμ measured'],
  ])('reads %s', (_, node, expected) => {
    expect(cellText(node)).toBe(expected);
  });
});
