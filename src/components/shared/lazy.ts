/**
 * Lazy loading for figure modules: the spec module (which imports Plot, ~85 KB gzip) is fetched
 * only when a figure scrolls near the viewport or the reader first touches a control, and only
 * once per page; the browser caches the shared chunk across pages.
 */

/**
 * Memoises a dynamic import: the first call starts it, later calls share the same promise
 * (a failed load is retried on the next call).
 * @example const loadSpec = lazyModule(() => import('../../figures/fig2/spec'));
 */
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/**
 * Runs `callback` once, when `element` comes within `margin` of the viewport (immediately where
 * IntersectionObserver is missing).
 */
export function onceVisible(element: Element, callback: () => void, margin = '300px'): void {
  if (!('IntersectionObserver' in window)) {
    callback();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        callback();
      }
    },
    { rootMargin: margin },
  );
  observer.observe(element);
}

/**
 * Times a redraw with the User Timing API: performance.measure(name) spans `work`, so browser
 * tests can read the durations (performance.getEntriesByName('fig2:redraw')).
 */
export async function measured<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const start = `${name}:start`;
  performance.mark(start);
  try {
    return await work();
  } finally {
    performance.measure(name, start);
  }
}

/**
 * Runs `work` when the browser is idle: after the current redraw has been painted, at most
 * `timeout` ms later (50 ms later where requestIdleCallback is missing).
 */
export function whenIdle(work: () => void, timeout = 500): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => work(), { timeout });
  else setTimeout(work, 50);
}

/**
 * Runs `work` once, just after the browser has painted the current frame (at most 100 ms later,
 * so a hidden tab, where animation frames stop, still gets it). For work the reader does not see
 * in this frame — the URL bar, other widgets — so a control's own figure is drawn first.
 */
export function afterPaint(work: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}
