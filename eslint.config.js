// ESLint (flat config): JavaScript and typescript-eslint recommended for every script, Astro's
// recommended rules for .astro files (their frontmatter and their <script> blocks), and one rule
// of our own: code the browser loads never imports src/data (the data reach the page embedded in
// its HTML; the data files, their schemas and checker would cost ~10 KB gzip, see tests/build).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser code: every module of src/figures and src/components except *.server.ts, and the .astro client scripts. */
const BROWSER_FILES = [
  'src/components/**/*.ts',
  'src/figures/**/*.ts',
  // eslint-plugin-astro lints each <script> of a component as a virtual file inside it.
  'src/**/*.astro/*.ts',
  'src/**/*.astro/*.js',
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'node_modules/',
      '.astro/',
      'test-results/',
      'public/pagefind/',
      // `npm run bench`: built peers, copied bundles and temporary builds (see bench/.gitignore).
      'bench/.out/',
      'bench/peer/*/dist/',
      'bench/peer/framework/src/',
      'bench/peer/framework/.observablehq/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are unused on purpose (a positional argument a callback must accept).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Published constants keep all their digits (Kronrod nodes as in QUADPACK, OEIS values) so a reader can check them.
      'no-loss-of-precision': 'off',
    },
  },
  {
    files: BROWSER_FILES,
    // Build-time modules (they read src/data) are named *.server.ts; everything else in src/figures may reach the browser.
    ignores: ['**/*.server.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/data', '**/data/*', '**/src/data/**', '**/*.server', '**/*.server.ts'],
              // Types vanish from the bundle; values would ship the data files and their checker.
              allowTypeImports: true,
              message: 'Browser code must not import src/data or *.server modules: read the data the page embeds (data-* attributes) instead.',
            },
          ],
        },
      ],
    },
  },
);
