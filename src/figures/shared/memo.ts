/**
 * The one way figures keep what they computed: a redraw must not recompute curves, marks or axes
 * that its state did not change. Three shapes:
 * - {@link memo}: results kept in a Map under a primitive key made from the arguments;
 * - {@link weakMemo}: results kept per object (a data array, a curve, a document) and, within it,
 *   per primitive key, so they go when the object goes;
 * - {@link once}: a value computed on first use.
 * A cached `undefined` counts as a result. Each memo counts its `misses` (calls of `fn`), so tests
 * can check that a change recomputes nothing it should not.
 */

/** A memoised function, with the number of times it had to call the original. */
export type Memoised<A extends unknown[], R> = ((...args: A) => R) & { readonly misses: number };

/** The default key: the single argument itself, or the arguments as JSON. */
function defaultKey(...args: unknown[]): unknown {
  return args.length === 1 ? args[0] : JSON.stringify(args);
}

/**
 * Keeps `fn`'s results in a Map.
 * @param fn a pure function
 * @param key the Map key for a call's arguments (a primitive: equal keys must mean equal results)
 * @param maxSize entries kept; when full the Map is emptied (a slider drag makes many one-off keys)
 */
export function memo<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => unknown = defaultKey, { maxSize = Infinity } = {}): Memoised<A, R> {
  const cache = new Map<unknown, R>();
  let misses = 0;
  const memoised = (...args: A): R => {
    const k = key(...args);
    if (cache.has(k)) return cache.get(k) as R;
    if (cache.size >= maxSize) cache.clear();
    const value = fn(...args);
    misses++;
    cache.set(k, value);
    return value;
  };
  return Object.defineProperty(memoised, 'misses', { get: () => misses }) as Memoised<A, R>;
}

/**
 * Keeps `fn`'s results per owner object (in a WeakMap) and, for each owner, per key of the other
 * arguments; treat owners as immutable (a new array for new data).
 * @param fn a pure function of the owner and further arguments
 * @param key the key of the further arguments within one owner (a primitive)
 */
export function weakMemo<O extends object, A extends unknown[], R>(
  fn: (owner: O, ...args: A) => R,
  key: (...args: A) => unknown = defaultKey,
): Memoised<[O, ...A], R> {
  const byOwner = new WeakMap<O, Map<unknown, R>>();
  let misses = 0;
  const memoised = (owner: O, ...args: A): R => {
    let cache = byOwner.get(owner);
    if (!cache) byOwner.set(owner, (cache = new Map()));
    const k = key(...args);
    if (cache.has(k)) return cache.get(k) as R;
    const value = fn(owner, ...args);
    misses++;
    cache.set(k, value);
    return value;
  };
  return Object.defineProperty(memoised, 'misses', { get: () => misses }) as Memoised<[O, ...A], R>;
}

/** `fn`'s value, computed on the first call and returned by every later one. */
export function once<R>(fn: () => R): () => R {
  let done = false;
  let value: R;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}
