/**
 * Browser redraws of a layered chart (gm2ChartLayers) that touch only what changed: each keyed
 * layer is drawn by Plot once per chart size and key and copied from then on, and a redraw swaps in
 * place the <g> elements of the layers whose key changed. Plot draws each mark into its own
 * top-level element from the scales and the chart size alone, and these charts fix every scale
 * domain, so a layer drawn alone is the same as drawn with the rest (the unit tests compare).
 */
import * as Plot from '@observablehq/plot';
import type { ChartLayer } from './descriptor';
import { weakMemo } from './memo';

/** A chart in the page, updated layer by layer. */
export interface LayeredChart {
  /** Plot's root <svg> (with Plot's `scale()`), the layers' elements in drawing order. */
  svg: SVGSVGElement;
  /**
   * Redraws, in place, each layer but the last whose key differs from the drawn one. The last layer
   * stays as drawn (the caller moves it, as the g−2 explorer's marker) unless `redrawLast`.
   * With `newRoot`, the last layer is drawn as a new root <svg> that takes the other layers'
   * elements, and `svg` names it from then on: for a last layer with a pointer interaction (Plot's
   * tip), whose listeners Plot puts on the root it draws.
   * @param layers the same number of layers, for the same Plot options
   */
  update(layers: readonly ChartLayer[], options?: { redrawLast?: boolean; newRoot?: boolean }): void;
}

/** Plot's top-level elements for some marks, without the <style> every plot carries. */
function drawnGroups(options: Plot.PlotOptions, layer: ChartLayer): Element[] {
  const svg = Plot.plot({ ...options, axis: null, marks: layer.marks() }) as unknown as SVGSVGElement;
  return [...svg.children].filter((node) => node.tagName.toLowerCase() !== 'style');
}

/**
 * Draws layered charts of one size and document, keeping each keyed layer's drawing for reuse.
 * @param options Plot options without marks (size, margins, scales; `document` if not the page's)
 */
export function layeredCharts(options: Plot.PlotOptions): (layers: readonly ChartLayer[]) => LayeredChart {
  /** The kept drawing of a keyed layer, per key object (one per chart size and document: these options). */
  const drawing = weakMemo(
    (_key: object, layer: ChartLayer) => drawnGroups(options, layer),
    () => 0,
  );
  /** Fresh elements for a layer: copies of its kept drawing, or a new drawing for a layer without a key. */
  const elementsOf = (layer: ChartLayer): Element[] =>
    layer.key ? drawing(layer.key, layer).map((node) => node.cloneNode(true) as Element) : drawnGroups(options, layer);

  return (layers) => {
    // The last layer is drawn as a whole plot: it gives the chart its root <svg>.
    let svg = Plot.plot({ ...options, axis: null, marks: layers.at(-1)?.marks() ?? [] }) as unknown as SVGSVGElement;
    const parts = layers.map((layer, i) => ({
      key: layer.key,
      nodes: i === layers.length - 1 ? [...svg.children].filter((node) => node.tagName.toLowerCase() !== 'style') : elementsOf(layer),
    }));
    const first = parts.at(-1)?.nodes[0] ?? null;
    for (const part of parts.slice(0, -1)) for (const node of part.nodes) svg.insertBefore(node, first);
    return {
      get svg() {
        return svg;
      },
      update(next, { redrawLast = false, newRoot = false } = {}) {
        if (newRoot) {
          svg = Plot.plot({ ...options, axis: null, marks: next.at(-1)?.marks() ?? [] }) as unknown as SVGSVGElement;
          const nodes = [...svg.children].filter((node) => node.tagName.toLowerCase() !== 'style');
          for (const part of parts.slice(0, -1)) for (const node of part.nodes) svg.insertBefore(node, nodes[0] ?? null);
          parts[parts.length - 1] = { key: undefined, nodes };
          // The last layer is drawn: swap only the others.
          redrawLast = false;
        }
        const swapped = redrawLast ? next.map((layer, i) => (i === next.length - 1 ? { marks: layer.marks } : layer)) : next.slice(0, -1);
        swapped.forEach((layer, i) => {
          if (layer.key && layer.key === parts[i].key) return;
          const nodes = elementsOf(layer);
          // Before the first element of the next layer that has any (the last layer always has).
          const anchor = parts.slice(i + 1).find((part) => part.nodes.length > 0)?.nodes[0] ?? null;
          for (const node of nodes) svg.insertBefore(node, anchor);
          for (const node of parts[i].nodes) node.remove();
          parts[i] = { key: layer.key, nodes };
        });
      },
    };
  };
}
