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

/** Whether two nodes are the same kind: both text, or elements of one tag. */
function sameKind(a: Node, b: Node): boolean {
  return a.nodeType === b.nodeType && (a.nodeType !== Node.ELEMENT_NODE || (a as Element).tagName === (b as Element).tagName);
}

/**
 * Brings `live` (on the page) from `prev` (the last built copy) to `next` (the new build) in place:
 * attributes and text that changed are rewritten, children of a changed shape replaced. Elements
 * keep their identity, so a control the reader is using keeps its focus, and attributes set by
 * others (not by the builder) stay.
 */
function patch(live: Element, prev: Element, next: Element): void {
  for (const { name, value } of next.attributes) if (live.getAttribute(name) !== value) live.setAttribute(name, value);
  for (const { name } of prev.attributes) if (!next.hasAttribute(name)) live.removeAttribute(name);
  if (live instanceof HTMLInputElement) live.checked = next.hasAttribute('checked');
  const [now, before, after] = [live.childNodes, prev.childNodes, next.childNodes];
  const same = now.length === after.length && before.length === after.length && [...after].every((n, i) => sameKind(n, before[i]) && sameKind(n, now[i]));
  if (!same) {
    live.replaceChildren(...[...after].map((n) => n.cloneNode(true)));
    return;
  }
  after.forEach((n, i) => {
    if (n.nodeType === Node.ELEMENT_NODE) patch(now[i] as Element, before[i] as Element, n as Element);
    else if (now[i].nodeValue !== n.nodeValue) now[i].nodeValue = n.nodeValue;
  });
}

/** The last build of each host's fragment (detached), to patch the page's copy from. */
const builds = new WeakMap<Element, Element>();

/**
 * Shows a freshly built fragment in its host: patched in place when the host holds an earlier
 * build (or the build-time markup of the same shape), else inserted.
 */
function fill(host: Element, node: Element): void {
  const live = host.firstElementChild;
  const prev = builds.get(host) ?? (live ? (live.cloneNode(true) as Element) : undefined);
  builds.set(host, node);
  if (prev && live && host.childElementCount === 1 && sameKind(live, node)) patch(live, prev, node);
  else host.replaceChildren(node.cloneNode(true));
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
