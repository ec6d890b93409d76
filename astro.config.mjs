// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeEquationRefs from './src/lib/rehype-equation-refs.mjs';
import rehypeTableLabels from './src/lib/rehype-table-labels.mjs';
import pagefindIntegration from './src/lib/pagefind-integration.mjs';
import plotTrim from './src/lib/plot-trim.mjs';

// GitHub Pages project sites live under /<repo>/: the deploy workflow sets SITE and BASE_PATH
// from the repository, so a fork deploys without edits. Locally both default to a root build
// whose canonical address is the local preview server of `npm start`.
const site = process.env.SITE ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), pagefindIntegration()],
  // Never inline assets as data: URLs: fonts and scripts stay files on the site's own origin, so
  // the CSP can stay strict ('self' only, plus one hashed inline theme script).
  vite: {
    // Plot's map projections and colour schemes stay out of the browser bundle (no figure uses them).
    plugins: [plotTrim()],
    build: {
      assetsInlineLimit: 0,
      // NO_MINIFY=1 keeps names readable in browser CPU profiles (never used for the site itself).
      ...(process.env.NO_MINIFY ? { minify: false } : {}),
      rollupOptions: {
        // Astro's MDX pages carry a "use astro:head-inject" directive that the bundler reports as
        // dropped; it is harmless (Astro handles head injection itself), so keep the log readable.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [
        [rehypeKatex, { output: 'htmlAndMathml' }],
        [rehypeEquationRefs, { base }],
        [rehypeTableLabels, {}],
      ],
    }),
  },
});
