// The validity explorer in the built site: the page carries the data its controller needs (read
// from src/data at build time), so no script the page can load holds the data files' JSON schemas
// or their checker. A regression here costs ~10 KB gzip of JavaScript on the first interaction.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages, parseDocument } from '../setup/site-pages';
import { validityData } from '../../src/figures/validity';

const page = builtPages(DIST).find((p) => p.path === 'validity/');

/**
 * Every JavaScript file the page can load: its module scripts and, recursively, every ./x.js or
 * _astro/x.js a loaded file names (static imports, dynamic imports and Vite's preload lists alike).
 */
function reachableScripts(html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(DIST, file))) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/"(?:\.\/|\/?_astro\/)([^"/]+\.js)"/g)) visit(`_astro/${m[1]}`);
  };
  for (const m of html.matchAll(/<script type="module" src="([^"]+)"/g)) visit(m[1].replace(/^.*?(_astro\/)/, '$1'));
  return [...seen];
}

describe('the validity page in the build', () => {
  it('exists', () => {
    expect(page, `validity/ is missing from ${DIST}`).toBeDefined();
  });

  it('embeds the explorer’s data as JSON equal to what validityData() reads from src/data', () => {
    const host = parseDocument(page!.html).querySelector('validity-explorer');
    expect(JSON.parse(host?.getAttribute('data-validity') ?? 'null')).toEqual(validityData());
  });

  it('loads no script holding the data files’ JSON schemas (minLength, additionalProperties)', () => {
    const scripts = reachableScripts(page!.html);
    expect(scripts.some((f) => /\/validity-browser\.[^/]+\.js$/.test(f))).toBe(true);
    const withSchemas = scripts.filter((f) => /minLength|additionalProperties/.test(readFileSync(join(DIST, f), 'utf8')));
    expect(withSchemas).toEqual([]);
  });
});
