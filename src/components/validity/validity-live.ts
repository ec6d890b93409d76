/**
 * The validity explorer's browser-safe API in one module: the chart spec and its browser drawing,
 * the numbers and words, the table and export rows. ValidityExplorer.astro's controller imports this lazily, so the figure
 * code arrives as one request (and compresses as one); figures/validity/data.server.ts adds the build-side data reader.
 */
export * from '../../figures/validity/view';
export * from '../../figures/validity/curves';
export * from '../../figures/validity/export';
export * from '../../figures/validity/spec';
export * from '../../figures/validity/draw';
