// @ts-check
/**
 * Astro integration that builds the Pagefind full-text search index after `astro build`.
 * Pagefind reads the finished HTML (only the parts marked `data-pagefind-body` by the layout) and
 * writes a static, self-hosted index plus its small search runtime to <outDir>/pagefind/. The
 * search page (src/pages/search.astro) loads that runtime on demand; no other page ships it.
 */
import { fileURLToPath } from 'node:url';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Parts of a page that are not prose: rendered maths (KaTeX writes each formula twice, as HTML and
 * MathML with its TeX source, which would turn excerpts into symbol soup), the hover previews of
 * equation references, equation anchors, and the controls, number tables and download rows of the
 * live figures (FigureFrame.astro); a figure's caption and text description stay searchable.
 */
const EXCLUDE = ['.katex', '.eq-preview', '.equation-anchor', '.widget-controls', '.widget-data', '.widget-downloads', 'select'];

/** Pages left out of the index: the search page itself and the 404 page. */
const SKIP = new Set(['search/index.html', '404.html']);

/**
 * Every built HTML page below `dir`, as paths relative to it with '/' separators, sorted.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !SKIP.has(path) && !path.startsWith('pagefind/'))
    .sort();
}

/**
 * Site-relative URL of a built page: 'limits/index.html' → '/limits/'.
 * @param {string} path
 */
function pageUrl(path) {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** @returns {import('astro').AstroIntegration} */
export default function pagefindIntegration() {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Imported here so `astro dev` and `astro check` never start the Pagefind binary.
        const pagefind = await import('pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: EXCLUDE });
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const files = await htmlFiles(outDir);
          for (const path of files) {
            // Explicit URLs without the base path: the search page passes the base as Pagefind's baseUrl.
            const added = await index.addHTMLFile({ url: pageUrl(path), content: await readFile(join(outDir, path), 'utf8') });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
          }
          if (files.length === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${files.length} pages into ${join(outDir, 'pagefind')}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
