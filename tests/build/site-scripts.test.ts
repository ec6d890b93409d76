// Script hygiene of the built site: prose pages ship no JavaScript at all (only the hashed inline
// theme script), every inline script is allowed by the CSP by its hash, and no code writes HTML
// strings into the DOM except the build-time, non-reader-controlled usages listed below.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages, customElementTags, hasWidget, listFiles, parseDocument } from '../setup/site-pages';

const pages = builtPages(DIST);

function cspOf(doc: Document): string {
  return doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
}

describe('scripts in the built pages', () => {
  it.each(pages.map((p) => [p.file, p.html] as const))('%s: has a CSP meta that allows only self plus hashed inline scripts', (_file, html) => {
    const csp = cspOf(parseDocument(html));
    expect(csp).toMatch(/default-src 'self'/);
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc.split(/\s+/).filter((s) => !/^'(self|sha256-[A-Za-z0-9+/=]+|wasm-unsafe-eval)'$/.test(s))).toEqual([]);
    expect(csp).not.toMatch(/(?<!wasm-)unsafe-eval|https?:|\*/);
  });

  it.each(pages.map((p) => [p.file, p.html] as const))('%s: every inline script is allowed by its sha256 hash', (_file, html) => {
    const doc = parseDocument(html);
    const csp = cspOf(doc);
    for (const script of doc.querySelectorAll('script:not([src])')) {
      if ((script.getAttribute('type') ?? '').includes('json')) continue; // data blocks never execute
      const hash = createHash('sha256')
        .update(script.textContent ?? '')
        .digest('base64');
      expect(csp).toContain(`'sha256-${hash}'`);
    }
  });

  it.each(pages.map((p) => [p.file, p.html] as const))('%s: loads JavaScript files only if it holds a widget', (_file, html) => {
    const doc = parseDocument(html);
    const external = [...doc.querySelectorAll('script[src], script[type="module"], link[rel="modulepreload"]')].map((s) => s.outerHTML.slice(0, 120));
    if (!hasWidget(doc)) expect(external).toEqual([]);
    else expect(customElementTags(doc).length + doc.querySelectorAll('[data-widget]').length).toBeGreaterThan(0);
  });

  it('inline event handler attributes appear nowhere (the CSP would block them)', () => {
    const offenders = pages.flatMap((p) =>
      [...parseDocument(p.html).querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on[a-z]+$/i.test(a.name)).map((a) => `${p.file}: <${el.tagName.toLowerCase()} ${a.name}>`),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

/**
 * HTML-string sinks that are allowed, each with why it is safe. `file` matches the path, `context`
 * the text around the sink. Anything else found is a failure.
 */
const ALLOWED_SINKS: { file: RegExp; context: RegExp; why: string }[] = [
  { file: /^src\/layouts\/PageLayout\.astro$/, context: /set:html=\{themeScript\}/, why: 'build-time constant theme script' },
  { file: /^src\/components\/Equation\.astro$/, context: /set:html=\{equationHtml\(/, why: 'KaTeX output rendered at build time from equations.json' },
  {
    file: /^src\/components\/.*\.astro$/,
    context: /set:html=\{\s*(svg|chartSvg|initialSvg|renderPlotSvg\(|[a-zA-Z]*Svg\b)/,
    why: 'Plot SVG rendered at build time by renderPlotSvg',
  },
  { file: /^src\/components\/.*\.astro$/, context: /set:html=\{\s*(katex|tex|[a-zA-Z]*Html\b)/, why: 'KaTeX HTML rendered at build time' },
  {
    file: /^src\/components\/(shared\/FragmentHost|bound-table\/BoundTable)\.astro$/,
    context: /set:html=\{(html|renderFragment\()/,
    why: 'a figure fragment rendered at build time by renderFigure: built with createElement and textContent only (src/figures/shared/dom.ts), from the data files and the default state',
  },
  // d3-selection's selection.html() — bundled with Plot; our figures never call it with reader text.
  // Pagefind's prebuilt search UI (copied to dist/pagefind/ by the search integration): it renders
  // result titles and excerpts from the index built from our own pages at build time, with the
  // matched words wrapped in <mark>; the typed query itself is not inserted as HTML.
  { file: /^dist[^/]*\/pagefind\/pagefind-(component-|modular-)?ui\.js$/, context: /innerHTML/, why: 'Pagefind UI rendering build-time index excerpts' },
  { file: /^dist[^/]*\//, context: /this\.innerHTML\s*=\s*(""|''|``|[a-z]\b)/, why: 'd3-selection html() inside the Plot bundle' },
];

// Writes only: reading innerHTML is harmless.
const SINK = /innerHTML\s*\+?=(?!=)|outerHTML\s*\+?=(?!=)|insertAdjacentHTML|document\.write|set:html/g;

describe('static figures', () => {
  it('use no Plot clip paths (Plot numbers their ids across renders, so the markup would depend on build order)', () => {
    const withClip = pages.filter((p) => /<clipPath\b|clip-path="url\(#plot-clip/.test(p.html)).map((p) => p.file);
    expect(withClip).toEqual([]);
  });
});

describe('HTML string sinks', () => {
  const sources = listFiles('src')
    .filter((f) => /\.(ts|mts|js|mjs|astro|mdx)$/.test(f))
    .map((f) => `src/${f}`);
  const bundles = listFiles(DIST)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `${DIST}/${f}`);

  it('src/ and dist/**/*.js use innerHTML, outerHTML =, insertAdjacentHTML, document.write or set:html only where allow-listed', () => {
    const offenders: string[] = [];
    for (const file of [...sources, ...bundles]) {
      const text = readFileSync(join('.', file), 'utf8');
      for (const match of text.matchAll(SINK)) {
        const at = match.index ?? 0;
        const context = text.slice(Math.max(0, at - 40), at + 60);
        // Comments that merely mention a sink are not uses.
        const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
        if (/^\s*(\/\/|\*|\/\*)/.test(line)) continue;
        if (!ALLOWED_SINKS.some((a) => a.file.test(file) && a.context.test(context))) offenders.push(`${file}: …${context.replace(/\s+/g, ' ')}…`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
