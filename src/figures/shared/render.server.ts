/**
 * Build-time render of a figure descriptor: the chart as SVG, its text alternative and every
 * fragment as HTML, drawn with linkedom's document by the same builders the browser runs with the
 * page's document (src/components/shared/figure-live.ts), so the two cannot drift apart.
 */
import { parseHTML } from 'linkedom';
import type { FigureDescriptor } from './descriptor';
import { flatSpec } from './descriptor';
import { renderPlotSvg } from './plot.server';
import { defaultState, parseState } from './url-state';

/**
 * The chart width the build also draws for phones: the column a 360-px screen gives a figure is
 * about 300 px. FigureFrame swaps the variants with a container query, so the first paint on a phone
 * has text at its drawn size, before any JavaScript.
 */
export const PHONE_CHART_WIDTH = 300;

/** A fresh server-side document. */
export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/**
 * linkedom lists and writes an element's attributes newest first; a browser writes them in the
 * order they were set. Re-setting them in linkedom's listed order restores the browser's order, so
 * the build's HTML is byte-equal to the browser's (tests/e2e/fragments.test.ts).
 */
function browserAttributeOrder(root: Element): Element {
  for (const node of [root, ...root.querySelectorAll('*')]) {
    const attributes = [...node.attributes].map((a) => [a.name, a.value] as const);
    for (const [name] of attributes) node.removeAttribute(name);
    for (const [name, value] of attributes) node.setAttribute(name, value);
  }
  return root;
}

/**
 * linkedom writes an empty SVG element self-closed (`<rect x="1" />`); a browser's innerHTML writes
 * it open and closed (`<rect x="1"></rect>`). Both parse to the same node; writing the browser's form
 * keeps fragments with SVG (legend swatches) byte-equal too. Text and attribute values never hold a
 * raw `<` or `"`, so the pattern cannot match inside them.
 */
function browserSerialisation(html: string): string {
  return html.replace(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/>/g, '<$1$2></$1>');
}

/** What Widget.astro puts in the page for one state. */
export interface RenderedFigure<S> {
  state: S;
  svg: string;
  /** The chart drawn for a phone's column ({@link PHONE_CHART_WIDTH}), when the figure lays out narrower charts differently; FigureFrame shows it in narrow columns before JavaScript runs. */
  narrowSvg?: string;
  description: string;
  /** Each fragment's HTML (the host's content), by name. */
  fragments: Record<string, string>;
}

/**
 * Renders a figure for a state (default: the schema's defaults; a query string: as the browser would
 * read it) at the widest chart size.
 */
export function renderFigure<S, D, V>(figure: FigureDescriptor<S, D, V>, data: D, state: S | string = ''): RenderedFigure<S> {
  const shown = typeof state === 'string' ? (state ? parseState(figure.schema(data), state).state : defaultState(figure.schema(data))) : state;
  const view = figure.view(shown, data);
  const description = figure.describe(view);
  const wide = figure.size(Infinity);
  const svg = renderPlotSvg(flatSpec(figure.chart(view, wide)), { ariaLabel: description });
  const narrow = figure.size(PHONE_CHART_WIDTH);
  const narrowSvg = narrow.width < wide.width ? renderPlotSvg(flatSpec(figure.chart(view, narrow)), { ariaLabel: description }) : undefined;
  const doc = serverDocument();
  const fragments = Object.fromEntries(
    Object.entries(figure.fragments).map(([name, build]) => [name, browserSerialisation(browserAttributeOrder(build(doc, view)).outerHTML)]),
  );
  return { state: shown, svg, narrowSvg, description, fragments };
}

/** One element built with a fresh server document, as HTML in the browser's attribute order (for builders outside a descriptor). */
export function renderFragment(build: (doc: Document) => Element): string {
  return browserAttributeOrder(build(serverDocument())).outerHTML;
}
