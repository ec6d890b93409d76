// The paper's equations in the built site: each #eq-N exists exactly once, on the page
// src/content/equations.json assigns it; every "eq. (N)" link lands on it; no "eq. (N)" in the
// text is left unlinked.
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, parseDocument } from '../setup/site-pages';
import equations from '../../src/content/equations.json';

const pages = builtPages(DIST).filter((p) => p.file !== '404.html');
const docs = pages.map((p) => ({ ...p, doc: parseDocument(p.html) }));
const byPath = new Map(docs.map((d) => [d.path, d]));
/** Where the text "eq. (6)", "Eqs. (4)", "Eq.(8)" is written. */
const EQ_TEXT = /\b[Ee]qs?\.\s*\(\d+\)/;
/** Text inside these is code, maths or not shown, and may mention an equation literally. */
const SKIP = new Set(['A', 'SCRIPT', 'STYLE', 'CODE', 'PRE', 'MATH', 'ANNOTATION', 'TEMPLATE', 'NOSCRIPT', 'TITLE']);

/** URL path of a content page id ('index' → ''). */
const pathOf = (id: string) => (id === 'index' ? '' : `${id}/`);

describe('equation anchors and "eq. (N)" links in the built site', () => {
  it('builds the pages that hold the equations', () => {
    for (const eq of equations.equations) expect(byPath.has(pathOf(eq.page)), `page ${eq.page}`).toBe(true);
  });

  it.each(docs.map((d) => [d.file, d] as const))('%s: ids are unique on the page', (_f, { doc }) => {
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.getAttribute('id'));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(equations.equations.map((eq) => [eq.n, eq.page] as const))('#eq-%i exists once site-wide, on /%s/', (n, page) => {
    const holders = docs.filter((d) => d.doc.getElementById(`eq-${n}`) !== null).map((d) => d.path);
    expect(holders).toEqual([pathOf(page)]);
    expect(docs.reduce((count, d) => count + d.doc.querySelectorAll(`[id="eq-${n}"]`).length, 0)).toBe(1);
  });

  it.each(docs.map((d) => [d.file, d] as const))('%s: every a.eqref points at an existing page and equation anchor', (_f, { doc }) => {
    const problems: string[] = [];
    for (const a of doc.querySelectorAll('a.eqref')) {
      const href = a.getAttribute('href') ?? '';
      const url = new URL(href, 'https://site.invalid/');
      const target = byPath.get(url.pathname.replace(/^\//, ''));
      const n = a.getAttribute('data-eq');
      if (url.hash !== `#eq-${n}`) problems.push(`${href}: anchor is not #eq-${n}`);
      else if (!target) problems.push(`${href}: no such page`);
      else if (!target.doc.getElementById(`eq-${n}`)) problems.push(`${href}: no #eq-${n} on that page`);
    }
    expect(problems).toEqual([]);
  });

  it.each(docs.map((d) => [d.file, d] as const))('%s: no "eq. (N)" is left as plain text', (_f, { doc }) => {
    const unlinked: string[] = [];
    const walk = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) {
          const text = child.textContent ?? '';
          if (EQ_TEXT.test(text)) unlinked.push(text.trim().slice(0, 80));
        } else if (child.nodeType === 1) {
          const el = child as Element;
          if (SKIP.has(el.tagName) || /\bkatex\b/.test(el.getAttribute('class') ?? '')) continue;
          walk(el);
        }
      }
    };
    walk(doc.body);
    expect(unlinked).toEqual([]);
  });

  it('links "eq. (N)" written in prose, e.g. on the limits page', () => {
    const limits = byPath.get('limits/');
    expect(limits, 'limits/ is built').toBeDefined();
    const targets = [...limits!.doc.querySelectorAll('a.eqref')].map((a) => a.getAttribute('href'));
    expect(targets).toContain('/neutrino-millicharge/#eq-8');
    expect(targets).toContain('/kinetic-mixing/#eq-5');
  });
});
