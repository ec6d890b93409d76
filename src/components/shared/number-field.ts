/**
 * Validation of typed numbers in widget controls. A bad entry (empty, text, out of range, 1e400)
 * gets a message next to the field — the element named by the input's aria-describedby carrying
 * `data-field-error` — and aria-invalid; the caller keeps its last valid figure.
 */
import { parseDecimal } from '../../figures/shared/url-state';

/** Rules for one numeric field. */
export interface NumberRule {
  /** What the number is, with units: 'lowest Z′ mass in MeV'. */
  label: string;
  min: number;
  max: number;
  /** Exclude `min` itself (strictly positive quantities). */
  exclusiveMin?: boolean;
}

/** Checks a typed string: the number, or a sentence saying what is wrong. Pure. */
export function checkNumber(raw: string, { label, min, max, exclusiveMin = false }: NumberRule): { value: number } | { error: string } {
  if (raw.trim() === '') return { error: `Enter the ${label}.` };
  const x = parseDecimal(raw);
  if (x === undefined) return { error: `The ${label} must be a number, e.g. 10 or 2.5e1.` };
  if (x < min || (exclusiveMin && x === min)) return { error: `The ${label} must be ${exclusiveMin ? 'above' : 'at least'} ${min}.` };
  if (x > max) return { error: `The ${label} must be at most ${max}.` };
  return { value: x };
}

/** The message element that belongs to an input (first aria-describedby id with data-field-error). */
function errorElement(input: HTMLInputElement): HTMLElement | null {
  for (const id of (input.getAttribute('aria-describedby') ?? '').split(/\s+/)) {
    const el = id ? document.getElementById(id) : null;
    if (el?.hasAttribute('data-field-error')) return el;
  }
  return null;
}

/** Shows (or with `message` undefined, clears) the inline message of a field. */
export function setFieldError(input: HTMLInputElement, message: string | undefined): void {
  const el = errorElement(input);
  if (message === undefined) {
    input.removeAttribute('aria-invalid');
    if (el) el.textContent = '';
  } else {
    input.setAttribute('aria-invalid', 'true');
    if (el) el.textContent = message;
  }
}

/**
 * Reads and validates a field, updating its inline message.
 * @returns the number, or undefined when invalid (the message is then shown)
 */
export function readNumberField(input: HTMLInputElement, rule: NumberRule): number | undefined {
  const result = checkNumber(input.value, rule);
  setFieldError(input, 'error' in result ? result.error : undefined);
  return 'value' in result ? result.value : undefined;
}
