/**
 * Browser wiring of FigureFrame.astro: notices, chart replacement, downloads and "cite what you
 * see". A widget controller calls `wireFrame` once with callbacks that build the current data.
 */
import { lazyModule, whenIdle } from './lazy';

// Saving files is only needed after a click: keep it out of the first-load bundle.
const loadDownload = lazyModule(() => Promise.all([import('./download'), import('../../figures/shared/export')]));

/** What a widget provides to its frame's buttons; each callback reads the widget's current state. */
export interface FrameHooks {
  /** File name stem for the current view, e.g. 'fig2-tau-signed'. */
  fileStem(): string;
  /** CSV text of the current data (src/figures/shared/export.ts buildCsv). */
  csv(): string;
  /** JSON text of the current data (buildJson). */
  json(): string;
  /** BibTeX for the paper and every source currently shown. */
  bibtex(): string;
}

/** Shows plain-text notices (never HTML) in the frame's status line; [] clears it. */
export function showNotices(frame: Element, notices: readonly string[]): void {
  const box = frame.querySelector<HTMLElement>('[data-notices]');
  if (box) box.textContent = notices.join('\n');
}

/** The chart's current <svg>, if any. */
export function currentSvg(frame: Element): SVGSVGElement | null {
  return frame.querySelector<SVGSVGElement>('[data-chart] svg');
}

/** Replaces only the chart node (not the page): the new Plot output goes where the old one was. */
export function replaceChart(frame: Element, chart: Element): void {
  const holder = frame.querySelector('[data-chart]');
  if (holder) holder.replaceChildren(chart);
}

/** Replaces the text description below the chart (plain text). */
export function setDescription(frame: Element, text: string): void {
  const box = frame.querySelector<HTMLElement>('[data-description]');
  if (box) box.textContent = text;
}

/** Binds the downloads row and reveals it (it stays hidden without JavaScript). */
export function wireFrame(frame: Element, hooks: FrameHooks): void {
  const status = frame.querySelector<HTMLElement>('[data-download-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const actions: Record<string, () => Promise<void>> = {
    csv: async () => {
      const [d, e] = await loadDownload();
      d.downloadText(hooks.csv(), e.exportFileName(hooks.fileStem(), 'csv'), 'text/csv');
    },
    json: async () => {
      const [d, e] = await loadDownload();
      d.downloadText(hooks.json(), e.exportFileName(hooks.fileStem(), 'json'), 'application/json');
    },
    svg: async () => {
      const [d, e] = await loadDownload();
      const svg = currentSvg(frame);
      if (svg) d.downloadText(d.serializeSvg(svg), e.exportFileName(hooks.fileStem(), 'svg'), 'image/svg+xml');
    },
    png: async () => {
      const [d, e] = await loadDownload();
      const svg = currentSvg(frame);
      if (svg) d.downloadBlob(await d.svgToPng(svg, 2), e.exportFileName(hooks.fileStem(), 'png'));
    },
  };
  for (const button of frame.querySelectorAll<HTMLButtonElement>('[data-download]')) {
    button.addEventListener('click', async () => {
      const kind = button.dataset.download ?? '';
      try {
        say('');
        await actions[kind]?.();
      } catch (error) {
        say(`The ${kind.toUpperCase()} download failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
  const cite = frame.querySelector<HTMLButtonElement>('[data-cite]');
  const fallback = frame.querySelector<HTMLTextAreaElement>('[data-cite-fallback]') ?? undefined;
  cite?.addEventListener('click', async () => {
    const [d] = await loadDownload();
    const copied = await d.copyText(hooks.bibtex(), fallback);
    say(copied ? 'BibTeX for the paper and every source shown is on the clipboard.' : 'Copy the BibTeX from the box below.');
  });
  frame.querySelector<HTMLElement>('[data-downloads]')?.removeAttribute('hidden');
}

/** A cell value of the "Show data" table: numbers in scientific notation, empty for null. */
export type CellFormatter = (value: number | string | boolean | null | undefined, key: string) => string;

/** The latest pending "Show data" fill per frame (see fillDataTable). */
const pendingFills = new WeakMap<Element, () => void>();

/**
 * Rebuilds the body of the frame's "Show data" table (the first <table> in the <details>) from
 * rows, with textContent only. The table is usually closed, so its rows are built only when the
 * reader opens it or the browser is idle, never inside the redraw that the reader is waiting for.
 * @param rows builds the rows of the current view (called at most once, possibly later)
 */
export function fillDataTable(
  frame: Element,
  columns: readonly { key: string }[],
  rows: () => readonly Readonly<Record<string, number | string | boolean | null>>[],
  format: CellFormatter,
): void {
  const body = frame.querySelector('.widget-data table tbody');
  if (!body) return;
  const fill = () => {
    if (pendingFills.get(frame) !== fill) return;
    pendingFills.delete(frame);
    const trs = rows().map((row) => {
      const tr = document.createElement('tr');
      for (const { key } of columns) {
        const td = document.createElement('td');
        td.textContent = format(row[key], key);
        tr.append(td);
      }
      return tr;
    });
    body.replaceChildren(...trs);
  };
  pendingFills.set(frame, fill);
  const details = body.closest('details');
  if (!details || details.open) {
    fill();
    return;
  }
  if (!details.dataset.fillOnOpen) {
    details.dataset.fillOnOpen = '';
    details.addEventListener('toggle', () => {
      if (details.open) pendingFills.get(frame)?.();
    });
  }
  whenIdle(fill);
}
