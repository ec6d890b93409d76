/**
 * Browser side of the URL state (src/figures/shared/url-state.ts): widgets read their state from
 * location.search, write it back with history.pushState (replaceState while a slider drags), and
 * redraw whenever the URL changes — after their own write, another widget's write on the same
 * page, or the back/forward buttons (popstate). So a reload or a shared link restores the view.
 */
import { mergeState, parseState, type Schema } from '../../figures/shared/url-state';
import { afterPaint } from './lazy';

/** Fired on window after any widget writes the URL. */
export const URL_STATE_EVENT = 'widget:urlstate';

/** Reads a schema's state from the current URL (never throws; notices are plain text). */
export function readUrlState<S>(schema: Schema<S>): { state: S; notices: string[] } {
  return parseState(schema, window.location.search);
}

/**
 * Writes a schema's state into the URL, keeping other parameters and the hash, then tells every
 * widget on the page. Does nothing if the URL would not change.
 * @param options.replace use replaceState (slider drags: one history entry per gesture)
 */
export function writeUrlState<S>(schema: Schema<S>, state: NoInfer<S>, { replace = false } = {}): void {
  const query = mergeState(schema, state, window.location.search);
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (url !== current) {
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(null, '', url);
  }
  window.dispatchEvent(new CustomEvent(URL_STATE_EVENT));
}

/** A widget's deferred URL writer (see {@link urlWriter}). */
export interface UrlWriter {
  /** Schedules a write of the widget's current state for just after the next paint. */
  write(options?: { replace?: boolean }): void;
  /**
   * Whether a write is scheduled and not yet done: the URL is then behind the widget's state, and
   * the widget must not read its state back from the URL (the write will tell it when done).
   */
  readonly pending: boolean;
}

/**
 * A widget's URL writer for control changes: the widget draws the change at once and calls
 * `write()`, which writes `current()` into the URL just after the frame is painted — pushState
 * takes milliseconds, and other widgets on the page redraw on the URL change, so neither delays
 * the figure the reader is looking at. Changes before that paint make one write (one history
 * entry; a push wins over a replace).
 * @example const url = urlWriter(schema, () => this.state); … this.draw(); url.write();
 */
export function urlWriter<S>(schema: Schema<S>, current: () => NoInfer<S>): UrlWriter {
  let pending: { replace: boolean } | undefined;
  return {
    write({ replace = false } = {}) {
      if (pending) {
        pending.replace &&= replace;
        return;
      }
      const scheduled = (pending = { replace });
      afterPaint(() => {
        pending = undefined;
        writeUrlState(schema, current(), { replace: scheduled.replace });
      });
    },
    get pending() {
      return pending !== undefined;
    },
  };
}

/**
 * Calls `listener` whenever the URL state may have changed (a widget wrote it, or back/forward).
 * @returns a function that removes the listener
 */
export function onUrlStateChange(listener: () => void): () => void {
  window.addEventListener(URL_STATE_EVENT, listener);
  window.addEventListener('popstate', listener);
  return () => {
    window.removeEventListener(URL_STATE_EVENT, listener);
    window.removeEventListener('popstate', listener);
  };
}
