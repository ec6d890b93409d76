// @ts-check
/**
 * A Vite plugin that keeps parts of d3 that no figure here uses out of the browser's Plot chunk:
 * map projections (d3-geo), named colour schemes (d3-scale-chromatic), dates (d3-time,
 * d3-time-format), d3's number formats (d3-format; every axis here has its own tickFormat
 * function, and Plot's default number format is its own) and d3's axes (d3-axis, used only by
 * Plot's colour-ramp legends). Plot imports them all eagerly; together they are ~23 KB of its
 * ~82 KB gzip chunk.
 *
 * In the client bundle each of their exports becomes a stand-in that throws
 * "… is not in this site's Plot bundle" when called or read, so a future figure that needs one
 * fails loudly in the browser tests instead of drawing something wrong. Plot only stores the
 * stand-ins while it loads (and tags the time intervals with properties, which a stand-in
 * accepts); the one function it calls while loading, d3-geo's geoTransform, may be called: it
 * returns such a stand-in, which Plot only uses when it draws a projection. The build-time render
 * (SSR) keeps the real modules, so static figures are unaffected; to bring a module back in the
 * browser, delete its line from TRIMMED.
 */
/** Modules replaced in the client bundle, with the exports Plot calls while it loads. */
export const TRIMMED = /** @type {const} */ ({
  'd3-geo': { calledOnLoad: ['geoTransform'] },
  'd3-scale-chromatic': { calledOnLoad: [] },
  'd3-time': { calledOnLoad: [] },
  'd3-time-format': { calledOnLoad: [] },
  'd3-format': { calledOnLoad: [] },
  'd3-axis': { calledOnLoad: [] },
});

const PREFIX = '\0plot-trim:';

/**
 * The source of the stand-in module for `name`.
 * @param {keyof typeof TRIMMED} name a key of TRIMMED
 * @returns {Promise<string>} ES module source exporting every name the real module exports
 */
export async function standInSource(name) {
  const real = await import(name);
  /** @type {readonly string[]} */
  const calledOnLoad = TRIMMED[name].calledOnLoad;
  const lines = [
    `const missing = (what) => { throw new Error(\`\${what} is not in this site's Plot bundle (src/lib/plot-trim.mjs trims ${name})\`); };`,
    // A function (so calling it is caught too) whose every property read also throws.
    'const standIn = (what) => new Proxy(function () {}, { get: () => missing(what), apply: () => missing(what), construct: () => missing(what) });',
  ];
  for (const exported of Object.keys(real)) {
    const value = calledOnLoad.includes(exported)
      ? `() => standIn(${JSON.stringify(`the result of ${exported}`)})`
      : `/* @__PURE__ */ standIn(${JSON.stringify(exported)})`;
    lines.push(`export const ${exported} = ${value};`);
  }
  return lines.join('\n');
}

/** @returns {import('vite').Plugin} */
export default function plotTrim() {
  return {
    name: 'plot-trim',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, _importer, options) {
      if (options?.ssr || !(source in TRIMMED)) return null;
      return PREFIX + source;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      return standInSource(/** @type {keyof typeof TRIMMED} */ (id.slice(PREFIX.length)));
    },
  };
}
