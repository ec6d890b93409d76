// rehype plugin: turns every "eq. (6)" / "eqs. (4)–(5)" / "Eq. (8)" in prose into a link to the
// equation's anchor on the page that holds it, with a preview of the equation that appears on
// hover or keyboard focus (pure CSS, so it works with JavaScript off).
import { fromHtml } from 'hast-util-from-html';
import { visitParents } from 'unist-util-visit-parents';
import { equation, equationHref, equationHtml } from './equations.mjs';

const REFERENCE = /\b([Ee]qs?\.)\s*\((\d+)\)(?:\s*(–|-|—|and|,)\s*\((\d+)\))?/g;
const SKIP = new Set(['a', 'code', 'pre', 'script', 'style', 'math', 'annotation']);

/** @param {any} node */
const isKatex = (node) => node.type === 'element' && /\bkatex\b/.test(String(node.properties?.className ?? ''));

/** @param {number} n @param {string} text @param {string} base */
function link(n, text, base) {
  if (!equation(n)) throw new Error(`Reference to eq. (${n}) but the paper has only (1)-(8)`);
  const preview = fromHtml(equationHtml(n, { tag: false }), { fragment: true }).children;
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: equationHref(n, base), className: ['eqref'], dataEq: String(n) },
    children: [
      { type: 'text', value: text },
      { type: 'element', tagName: 'span', properties: { className: ['eq-preview'], ariaHidden: 'true' }, children: preview },
    ],
  };
}

/** @param {{ base?: string }} [options] */
export default function rehypeEquationRefs(options = {}) {
  const base = options.base ?? '/';
  return (/** @type {any} */ tree) => {
    /** @type {Array<[any, any]>} */
    const hits = [];
    visitParents(tree, 'text', (node, ancestors) => {
      if (ancestors.some((a) => (a.type === 'element' && SKIP.has(a.tagName)) || isKatex(a))) return;
      // search(), not test(): test() on a /g regex leaves lastIndex set, and matchAll below copies
      // lastIndex, so an earlier node's references before that index would go unlinked.
      if (node.value.search(REFERENCE) !== -1) hits.push([node, ancestors[ancestors.length - 1]]);
    });
    for (const [node, parent] of hits) {
      const parts = [];
      let last = 0;
      for (const m of node.value.matchAll(REFERENCE)) {
        const [whole, word, first, joiner, second] = m;
        const start = m.index ?? 0;
        if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
        if (second) {
          parts.push(link(Number(first), `${word} (${first})`, base));
          parts.push({ type: 'text', value: joiner === ',' || joiner === 'and' ? ` ${joiner} `.replace(' , ', ', ') : joiner });
          parts.push(link(Number(second), `(${second})`, base));
        } else {
          parts.push(link(Number(first), whole, base));
        }
        last = start + whole.length;
      }
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(parent.children.indexOf(node), 1, ...parts);
    }
  };
}
