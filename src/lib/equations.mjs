// The paper's numbered equations and where they live on the site. Plain JS so that both the
// Astro config (rehype plugin) and components can import it.
import katex from 'katex';
import data from '../content/equations.json' with { type: 'json' };

/** @typedef {{ n: number, page: string, label: string, tex: string }} PaperEquation */

/** @type {PaperEquation[]} */
export const equations = data.equations;

/** @param {number} n @returns {PaperEquation | undefined} */
export function equation(n) {
  return equations.find((eq) => eq.n === n);
}

/** Stable anchor id of equation n, e.g. `eq-6`. @param {number} n */
export function equationId(n) {
  return `eq-${n}`;
}

/**
 * URL of equation n on the site, with the deploy base path ('/' or '/repo/').
 * @param {number} n @param {string} base
 */
export function equationHref(n, base) {
  const eq = equation(n);
  if (!eq) throw new RangeError(`No equation (${n}) in the paper; it has (1)-(8)`);
  const root = base.endsWith('/') ? base : `${base}/`;
  const page = eq.page === 'index' ? '' : `${eq.page}/`;
  return `${root}${page}#${equationId(n)}`;
}

/** KaTeX HTML of equation n (display style, with its number as a tag). @param {number} n */
export function equationHtml(n, { tag = true } = {}) {
  const eq = equation(n);
  if (!eq) throw new RangeError(`No equation (${n}) in the paper; it has (1)-(8)`);
  const tex = tag ? `${eq.tex} \\tag{${n}}` : eq.tex;
  return katex.renderToString(tex, { displayMode: true, output: 'htmlAndMathml', throwOnError: true });
}
