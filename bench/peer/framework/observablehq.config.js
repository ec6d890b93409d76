// Framework 1.13.4 reads only observablehq.config.js or .ts (not .mjs); the package is ESM.
// Peer for the benchmark: the site's Fig. 2 as a one-page Observable Framework project. No CDN:
// Plot comes from node_modules (a "node import"), no Google-Fonts stylesheet, no Inputs/htl.
export default {
  root: 'src',
  title: 'Fig. 2 (Framework peer)',
  pages: [],
  sidebar: false,
  toc: false,
  search: false,
  pager: false,
  footer: '',
  globalStylesheets: [],
};
