/**
 * The one shape of a live figure. Each figure folder exports one descriptor; the generic widget
 * (src/components/shared/Widget.astro at build time, FigureElement in the browser) draws it, so the
 * markup built on the server and the markup the browser rebuilds come from the same functions.
 *
 * - `schema(data)`: the URL parameters (src/figures/shared/url-state.ts).
 * - `view(state, data)`: everything the figure shows for a state, computed once per redraw.
 * - `chart(view, size)`: Plot options (scales, size) and keyed layers: a layer with a key is drawn
 *   once per key and size and swapped in place (src/figures/shared/layered-chart.ts); the last layer
 *   is drawn on every redraw.
 * - `describe(view)`: the chart's text alternative.
 * - `fragments`: legend, readout, data table… as builders `(doc, view) => Element` that use only
 *   `doc.createElement` and `textContent` (never HTML strings), so linkedom and the browser agree.
 * - `download`: the rows, columns and metadata of the CSV/JSON downloads.
 * - `cite(view)`: the keys of the BibTeX entries (embedded in the page) that the view shows.
 */
import type * as Plot from '@observablehq/plot';
import type { ExportColumn, ExportMeta } from './export';
import type { Schema } from './url-state';

/** A chart's size in CSS px. */
export interface ChartSize {
  width: number;
  height: number;
}

/** One layer of a chart: its marks, and a key (an object) that names its drawing for reuse. */
export interface ChartLayer {
  /** Same key, same drawing at one size: the layer is copied, not drawn again. No key: drawn every time. */
  key?: object;
  /** Builds the layer's marks (called only when the layer is drawn). */
  marks(): Plot.Markish[];
}

/** A chart as Plot options without marks (scales fixed by their domains) and its layers, bottom first. */
export interface LayeredSpec {
  options: Plot.PlotOptions;
  layers: readonly ChartLayer[];
  /** Names the options beyond the size (e.g. an axis domain that follows the state): a new key, a new chart. */
  optionsKey?: string;
  /**
   * The last layer has a pointer interaction (Plot's tip): a redraw draws it as the chart's new root
   * <svg>, which takes the other layers' elements, and swaps the chart node (Plot listens on the root).
   */
  pointer?: boolean;
}

/** Builds one fragment of the figure (legend, readout, table…) with the given document. */
export type FragmentBuilder<V> = (doc: Document, view: V) => Element;

/** One row of a download or "Show data" table. */
export type DataRow = Readonly<Record<string, number | string | boolean | null>>;

/** A live figure: see the module comment. */
export interface FigureDescriptor<S, D, V> {
  /** Prefix of the redraw measure (`<name>:redraw`) and of downloaded file names. */
  readonly name: string;
  schema(data: D): Schema<S>;
  view(state: S, data: D): V;
  /** Chart size for the width the chart gets (the descriptor clamps the width to what it supports). */
  size(width: number): ChartSize;
  /**
   * The chart. With one layer it is drawn whole (its options may carry axes); with several, the
   * axes are marks of a layer (the layers are drawn with `axis: null`, see layered-chart.ts).
   */
  chart(view: V, size: ChartSize): LayeredSpec;
  /** What the chart depends on, if less than the whole view: an unchanged key skips the chart in a redraw. */
  chartKey?(view: V): string;
  /**
   * Moves the last layer of a drawn layered chart to a view in place (e.g. a marker: a few attributes
   * from the chart's scales, Plot's `svg.scale()`), instead of drawing it again; false when it cannot.
   */
  moveLast?(svg: SVGSVGElement, view: V): boolean;
  describe(view: V): string;
  /** Builders by name; the widget has one `[data-fragment="<name>"]` host per builder. */
  readonly fragments: Readonly<Record<string, FragmentBuilder<V>>>;
  /**
   * What a fragment depends on, if less than the whole view (by fragment name): an unchanged key
   * skips its builder in a redraw (e.g. a legend that does not follow the marker).
   */
  readonly fragmentKeys?: Readonly<Record<string, (view: V) => string>>;
  readonly download: {
    columns: readonly ExportColumn[];
    rows(view: V): readonly DataRow[];
    meta(view: V, generatedAt: string): ExportMeta;
    fileStem(view: V): string;
  };
  /** Keys of the page's BibTeX entries for what the view shows (the paper first). */
  cite(view: V): readonly string[];
}

/** The whole chart as one Plot spec: the options with every layer's marks, bottom first. */
export function flatSpec({ options, layers }: LayeredSpec): Plot.PlotOptions {
  return { ...options, marks: layers.flatMap((layer) => layer.marks()) };
}

/** The BibTeX text for a list of keys: each entry once, in the order first named. */
export function joinBibtex(entries: Readonly<Record<string, string>>, keys: readonly string[]): string {
  const texts = keys.map((key) => entries[key]).filter((text): text is string => Boolean(text));
  return [...new Set(texts.flatMap((text) => text.split('\n\n')))].join('\n\n');
}
