/**
 * The validity explorer's browser-safe API in one module: the chart spec and its browser drawing,
 * the numbers and words, the table and export rows. ValidityExplorer.astro's controller imports this lazily, so the figure
 * code arrives as one request (and compresses as one); validity.ts adds the build-side data reader.
 */
export * from './validity-view';
export * from './validity-curves';
export * from './validity-export';
export * from './validity-chart';
export * from './validity-draw';
