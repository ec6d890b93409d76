// The rehype plugin that links "eq. (N)" in prose: every reference in every text node is linked,
// whatever order the nodes are visited in.
import { describe, expect, it } from 'vitest';
import rehypeEquationRefs from '../../src/lib/rehype-equation-refs.mjs';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

const paragraph = (text: string): Node => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] });

/** The data-eq numbers of the links the plugin made, in document order. */
function linkedEquations(tree: Node): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'element' && node.tagName === 'a') found.push(String(node.properties?.dataEq));
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

describe('rehypeEquationRefs()', () => {
  it('links a reference early in one paragraph when a later paragraph has one further along its text', () => {
    // The second node's match ends at index ~40, past the first node's only reference (index 4):
    // a regex whose lastIndex leaked from the visit would skip the first.
    const tree: Node = { type: 'root', children: [paragraph('See eq. (6) here.'), paragraph('A much longer sentence that ends with eq. (8)')] };
    rehypeEquationRefs({ base: '/' })(tree);
    expect(linkedEquations(tree)).toEqual(['6', '8']);
  });

  it('links both members of "eqs. (4)–(5)" and leaves the joiner as text', () => {
    const tree: Node = { type: 'root', children: [paragraph('From eqs. (4)–(5) it follows.')] };
    rehypeEquationRefs({ base: '/' })(tree);
    expect(linkedEquations(tree)).toEqual(['4', '5']);
    expect(tree.children![0].children!.map((c) => c.value ?? '').join('')).toContain('–');
  });
});
