/**
 * The browser half of a figure descriptor (src/figures/shared/descriptor.ts), loaded lazily with
 * Plot: draws the chart (keyed layers copied, not redrawn; the chart updated in place while its size
 * and options stay), the description, and every fragment with the page's document — the same
 * builders Widget.astro ran with linkedom at build time.
 */
import * as Plot from '@observablehq/plot';
import { flatSpec, type DataRow, type FigureDescriptor } from '../../figures/shared/descriptor';
import { labelChart } from '../../figures/shared/chart-label';
import { buildCsv, buildJson } from '../../figures/shared/export';
import { layeredCharts, type LayeredChart } from '../../figures/shared/layered-chart';
import { replaceChart, setDescription } from './frame';
import { whenIdle } from './lazy';

/** What a FigureElement needs from its lazily loaded module. */
export interface FigureLive<S, D, V> {
  readonly figure: FigureDescriptor<S, D, V>;
  /** Draws a view into the widget (`root` holds the figure's <figure> and its fragment hosts). */
  draw(root: Element, view: V, width: number): void;
  csv(view: V): string;
  json(view: V): string;
}

/** Replaces a host's content with a freshly built fragment, unless it is already the same markup. */
function fill(host: Element, node: Element): void {
  const current = host.firstElementChild;
  if (host.childElementCount === 1 && current?.outerHTML === node.outerHTML) return;
  host.replaceChildren(node);
}

/** The hosts filled only once visible: those inside a closed <details> ("Show data"). */
function deferred(host: Element): HTMLDetailsElement | undefined {
  const details = host.closest('details');
  return details && !details.open ? details : undefined;
}

/** The browser drawer of a descriptor: one per widget element. */
export function figureLive<S, D, V>(figure: FigureDescriptor<S, D, V>): FigureLive<S, D, V> {
  let drawn: { key: string; chart: LayeredChart } | undefined;
  /** The chart on screen: its size and chartKey (an unchanged one skips the chart). */
  let shown: { node: Element; key: string } | undefined;
  /** Redraws so far: without a chartKey every redraw draws the chart. */
  let redraws = 0;
  /** The newest view waiting for a closed "Show data" to open (see draw). */
  const waiting = new WeakMap<Element, () => void>();
  const listening = new WeakSet<Element>();

  const text = (kind: 'csv' | 'json', view: V) => {
    const rows: readonly DataRow[] = figure.download.rows(view);
    const meta = figure.download.meta(view, new Date().toISOString());
    return kind === 'csv' ? buildCsv(meta, [...figure.download.columns], rows) : buildJson(meta, [...figure.download.columns], rows);
  };

  return {
    figure,
    csv: (view) => text('csv', view),
    json: (view) => text('json', view),
    draw(root, view, width) {
      const frame = root.querySelector('figure') ?? root;
      const size = figure.size(width);
      const description = figure.describe(view);
      const chartKey = `${size.width}x${size.height}|${figure.chartKey ? figure.chartKey(view) : ++redraws}`;
      if (chartKey !== shown?.key || !shown.node.isConnected) {
        const spec = figure.chart(view, size);
        const key = `${size.width}x${size.height}|${spec.optionsKey ?? ''}`;
        if (spec.layers.length === 1) {
          drawn = undefined;
          shown = { node: Plot.plot(flatSpec(spec)) as unknown as Element, key: chartKey };
          replaceChart(frame, shown.node);
        } else if (drawn?.key === key && shown?.node === drawn.chart.svg && shown.node.isConnected) {
          drawn.chart.update(spec.layers, { redrawLast: true, newRoot: spec.pointer });
          if (drawn.chart.svg !== shown.node) replaceChart(frame, drawn.chart.svg);
          shown = { node: drawn.chart.svg, key: chartKey };
        } else {
          drawn = { key, chart: layeredCharts(spec.options)(spec.layers) };
          shown = { node: drawn.chart.svg, key: chartKey };
          replaceChart(frame, shown.node);
        }
      }
      labelChart(shown.node, description);
      setDescription(frame, description);
      for (const [name, build] of Object.entries(figure.fragments)) {
        const host = root.querySelector(`[data-fragment="${name}"]`);
        if (!host) continue;
        const details = deferred(host);
        if (!details) {
          waiting.delete(host);
          fill(host, build(document, view));
          continue;
        }
        // Closed "Show data": built when opened or when the browser is idle, not in this redraw.
        const later = () => {
          if (waiting.get(host) !== later) return;
          waiting.delete(host);
          fill(host, build(document, view));
        };
        waiting.set(host, later);
        if (!listening.has(host)) {
          listening.add(host);
          details.addEventListener('toggle', () => {
            if (details.open) waiting.get(host)?.();
          });
        }
        whenIdle(later);
      }
    },
  };
}
