// Shared by the widget e2e tests (site-widgets-url, site-widgets-input): widget page discovery,
// URL-state schemas, hostile values, query-string generation and the expected notices. The
// in-page observer and driver are in url-fuzz.ts.
import fc from 'fast-check';
import type { PageLog } from './browser';
import { builtPages, DIST, parseDocument } from './site-pages';
import { findSchemas, rejects, type FoundSchema } from './url-schemas';
import type { ParamDef } from '../../src/figures/shared/url-state';

export const schemas = await findSchemas();
export const SEED = 20230811; // fixed: a failure reproduces with the same queries

/** Pages whose <main> holds a custom element or [data-widget] element with a form control. */
export const widgetPages = builtPages(DIST)
  .filter((p) => {
    const doc = parseDocument(p.html);
    return [...doc.querySelectorAll('main *')].some(
      (el) => (el.tagName.includes('-') || el.hasAttribute('data-widget')) && el.querySelector('input, select, textarea') !== null,
    );
  })
  .map((p) => p.path);

/** A value every parameter kind rejects: used to find which parameters a page listens to. */
export const PROBE = '\u0007<probe>';

export const HOSTILE = [
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '+Infinity',
  '1e400',
  '-1e400',
  '1e-400',
  '1e308',
  '-1e308',
  '5e-324',
  '0',
  '-0',
  '-1',
  '-5',
  '',
  ' ',
  '  1  ',
  '1.',
  '.5',
  '1e',
  'e5',
  '0x10',
  '0b1',
  '1_000',
  '1,5',
  '١٢٣',
  '𝟙',
  '½',
  '∞',
  '‮1',
  '\u0000',
  'null',
  'undefined',
  'true',
  'false',
  'none',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '%',
  '%%',
  '%E0%A4%A',
  '+',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "javascript:alert('x')",
  '${7*7}',
  '{{7*7}}',
  'x'.repeat(5_000),
  '9'.repeat(400),
  `1${'0'.repeat(320)}`,
  '-'.repeat(100),
  '~'.repeat(50),
  ',,,,',
  'mu,mu,tau',
  'τ',
  'μ',
];

/** Tokens a parameter accepts, mined from its own error message and default (enum values, ids). */
export function validTokens(def: ParamDef<unknown>): string[] {
  const tokens = [def.format(def.fallback)];
  try {
    const result = def.parse(PROBE);
    const error = 'error' in result ? result.error : '';
    const list = /expected one of ([^;]+)|known: ([^;]+)/.exec(error);
    if (list)
      tokens.push(
        ...(list[1] ?? list[2] ?? '')
          .split(/,\s*/)
          .map((s) => s.trim())
          .filter(Boolean),
      );
  } catch {
    /* a throwing parser is reported by the fuzz run itself */
  }
  const x = Number(tokens[0]);
  if (Number.isFinite(x) && tokens[0] !== '') tokens.push(...[0.5, 2, 10, 0.1, -1].map((k) => String(x * k)));
  return [...new Set(tokens)];
}

/** Arbitrary query strings over the given parameters: valid, boundary, hostile, repeated, unknown keys. */
export function queryArbitrary(params: ParamDef<unknown>[]): fc.Arbitrary<string> {
  const names = [...new Set(params.map((p) => p.name))];
  const tokens = [...new Set(params.flatMap(validTokens))];
  const name = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
  const value = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...tokens) },
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 2, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 4 }).map((a) => a.join(',')) },
  );
  return fc
    .tuple(fc.array(fc.tuple(name, value), { maxLength: 7 }), fc.boolean())
    .map(([pairs, encode]) =>
      pairs.map(([n, v]) => (encode ? `${encodeURIComponent(n)}=${encodeURIComponent(v)}` : `${n}=${v.replace(/[#&]/g, '')}`)).join('&'),
    );
}

/**
 * Checks the notices against the query: every parameter some owning schema rejects must have one,
 * and no parameter absent from the query may have one. (A widget may add notices of its own for
 * values each valid alone, e.g. mmin > mmax, so more notices than the per-parameter rejections are fine.)
 */
export function noticeProblem(rawQuery: string, owned: FoundSchema[], shown: string[]): string | undefined {
  const query = new URL(`?${rawQuery}`, 'http://127.0.0.1/').search; // what the page sees: '#' starts the hash
  const expected = expectedNotices(query, owned);
  const present = new URLSearchParams(query);
  const missing = expected.filter((n) => !shown.includes(n));
  // Cross-field notices (e.g. mmin > mmax names mmin when only mmax is given) are fine; a notice
  // on a URL that sets none of the widget's parameters is not.
  const ownedNames = owned.flatMap((s) => s.params.map((p) => p.name));
  const stray = ownedNames.some((n) => present.has(n)) ? [] : shown;
  if (missing.length || stray.length) return `notices missing for [${missing}]${stray.length ? `, stray for [${stray}]` : ''}`;
  return undefined;
}

/** Names whose value in `query` some owning schema rejects, i.e. that must get a notice. */
export function expectedNotices(query: string, owned: FoundSchema[]): string[] {
  const params = new URLSearchParams(query);
  const names = new Set<string>();
  for (const schema of owned) {
    for (const def of schema.params) {
      const raw = params.get(def.name);
      if (raw !== null && rejects(def, raw)) names.add(def.name);
    }
  }
  return [...names].sort();
}

export function errorsOf(log: PageLog): string[] {
  return [...log.pageErrors, ...log.consoleErrors, ...log.consoleWarnings];
}
