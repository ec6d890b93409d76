/**
 * Shared input checks for the physics functions. Each throws a RangeError that
 * names the parameter, states the allowed range with its units and shows the
 * value received, e.g. `mZprime must be a positive finite mass in MeV, got -5`.
 * The UI shows these messages next to the control, so they are written for readers.
 */

/** Renders a received value for an error message (strings quoted, objects as JSON). */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function fail(name: string, allowed: string, value: unknown): never {
  throw new RangeError(`${name} must be ${allowed}, got ${describeValue(value)}`);
}

/** Requires a finite number (any sign). @returns the value, typed as number. */
export function requireFinite(name: string, value: unknown, allowed = 'a finite number'): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(name, allowed, value);
  return value;
}

/** Requires a finite number ≥ 0; `allowed` describes the quantity and its units. */
export function requireNonNegative(name: string, value: unknown, allowed: string): number {
  const x = requireFinite(name, value, allowed);
  if (x < 0) fail(name, allowed, value);
  return x;
}

/** Requires a finite number > 0; `allowed` describes the quantity and its units. */
export function requirePositive(name: string, value: unknown, allowed: string): number {
  const x = requireFinite(name, value, allowed);
  if (!(x > 0)) fail(name, allowed, value);
  return x;
}

/** Requires a positive finite mass in MeV. */
export function requireMass(name: string, value: unknown): number {
  return requirePositive(name, value, 'a positive finite mass in MeV');
}

/** Requires a gauge coupling g_{μ−τ}: finite and ≥ 0 (dimensionless). */
export function requireCoupling(name: string, value: unknown): number {
  return requireNonNegative(name, value, 'a finite non-negative coupling (dimensionless)');
}

/** Requires one of a fixed list of string options. */
export function requireOneOf<T extends string>(name: string, value: unknown, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    fail(name, `one of ${options.map((o) => `'${o}'`).join(', ')}`, value);
  }
  return value as T;
}

/** Requires a plain (non-null, non-array) object argument. */
export function requireObject(name: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(name, 'an object', value);
  return value as Record<string, unknown>;
}

/**
 * Guards a result against overflow: the formulas are finite for finite inputs,
 * but g² can exceed the largest double. @returns the value if finite.
 */
export function requireFiniteResult(name: string, value: number, cause: string): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${name} overflows double precision (${cause}); use smaller inputs`);
  }
  return value;
}
