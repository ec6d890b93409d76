/**
 * Building fragments (src/figures/shared/descriptor.ts) with any document: linkedom's at build time,
 * the page's in the browser. Text only through textContent, never HTML strings.
 */

/** Attributes of {@link h}: `undefined`/`false` leave one out, `true` sets it empty. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** A child of {@link h}: an element, plain text, or nothing. */
export type Child = Element | string | null | undefined | false;

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(node: Element, attributes: Attributes, children: readonly Child[]): Element {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? node.ownerDocument.createTextNode(child) : child);
  }
  return node;
}

/**
 * An HTML element with attributes (set in the order given) and children.
 * @example h(doc, 'li', { class: 'x', 'data-limit': id }, h(doc, 'span', {}, name), ' detail')
 */
export function h(doc: Document, tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  return build(doc.createElement(tag), attributes, children) as HTMLElement;
}

/** An SVG element (swatches in legends), as {@link h}. */
export function s(doc: Document, tag: string, attributes: Attributes = {}, ...children: Child[]): SVGElement {
  return build(doc.createElementNS(SVG_NS, tag), attributes, children) as SVGElement;
}
