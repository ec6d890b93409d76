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
import { memo } from '../../figures/shared/memo';
import { replaceChart, setDescription } from './frame';
import { whenIdle } from './lazy';

/** What a FigureElement needs from its lazily loaded module. */
export interface FigureLive<S, D, V> {
  readonly figure: FigureDescriptor<S, D, V>;
  /** Draws a view into the widget (`root` holds the figure's <figure> and its fragment hosts). */
  draw(root: Element, view: V, width: number): void;
  /**
   * Draws the keyed layers of a view's chart ahead of need (e.g. while the browser is idle), so the
   * first redraw that shows them copies them instead of drawing them. Nothing changes on screen.
   */
  prepare(view: V, width: number): void;
  csv(view: V): string;
  json(view: V): string;
}

/**
 * Replaces a host's content with a freshly built fragment, unless it is already the same markup
 * (not compared when `changed`: a fragment whose fragmentKeys key changed).
 */
function fill(host: Element, node: Element, changed = false): void {
  const current = host.firstElementChild;
  if (!changed && host.childElementCount === 1 && current?.outerHTML === node.outerHTML) return;
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
  /**
   * The layered-chart drawer of each size and optionsKey, kept: a chart that comes back to options
   * drawn before (e.g. an axis range) copies the layers it drew then instead of drawing them again.
   */
  const drawers = memo(
    (_key: string, options: Plot.PlotOptions) => layeredCharts(options),
    (key) => key,
    { maxSize: 64 },
  );
  /** The chart on screen: its size and chartKey (an unchanged one skips the chart). */
  let shown: { node: Element; key: string } | undefined;
  /** Redraws so far: without a chartKey every redraw draws the chart. */
  let redraws = 0;
  /** The newest view waiting for a closed "Show data" to open (see draw). */
  const waiting = new WeakMap<Element, () => void>();
  const listening = new WeakSet<Element>();
  /** The fragmentKeys key of the view each host last showed or awaits. */
  const requested = new WeakMap<Element, string>();

  const text = (kind: 'csv' | 'json', view: V) => {
    const rows: readonly DataRow[] = figure.download.rows(view);
    const meta = figure.download.meta(view, new Date().toISOString());
    return kind === 'csv' ? buildCsv(meta, [...figure.download.columns], rows) : buildJson(meta, [...figure.download.columns], rows);
  };

  return {
    figure,
    csv: (view) => text('csv', view),
    json: (view) => text('json', view),
    prepare(view, width) {
      const size = figure.size(width);
      const spec = figure.chart(view, size);
      if (spec.layers.length > 1) drawers(`${size.width}x${size.height}|${spec.optionsKey ?? ''}`, spec.options)(spec.layers);
    },
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
          // A figure may move its last layer in place (the g−2 marker) instead of redrawing it.
          const moved = figure.moveLast?.(drawn.chart.svg, view) ?? false;
          drawn.chart.update(spec.layers, { redrawLast: !moved, newRoot: !moved && spec.pointer });
          if (drawn.chart.svg !== shown.node) replaceChart(frame, drawn.chart.svg);
          shown = { node: drawn.chart.svg, key: chartKey };
        } else {
          drawn = { key, chart: drawers(key, spec.options)(spec.layers) };
          shown = { node: drawn.chart.svg, key: chartKey };
          replaceChart(frame, shown.node);
        }
      }
      labelChart(shown.node, description);
      setDescription(frame, description);
      for (const [name, build] of Object.entries(figure.fragments)) {
        const host = root.querySelector(`[data-fragment="${name}"]`);
        if (!host) continue;
        const key = figure.fragmentKeys?.[name]?.(view);
        if (key !== undefined && requested.get(host) === key) continue;
        if (key === undefined) requested.delete(host);
        else requested.set(host, key);
        const details = deferred(host);
        if (!details) {
          waiting.delete(host);
          fill(host, build(document, view), key !== undefined);
          continue;
        }
        // Closed "Show data": built when opened or when the browser is idle, not in this redraw.
        const later = () => {
          if (waiting.get(host) !== later) return;
          waiting.delete(host);
          fill(host, build(document, view), key !== undefined);
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
