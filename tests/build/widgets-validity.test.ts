// The validity explorer in the built site: the page carries the data its controller needs (read
// from src/data at build time), so no script the page can load holds the data files' JSON schemas
// or their checker. A regression here costs ~10 KB gzip of JavaScript on the first interaction.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages, parseDocument } from '../setup/site-pages';
import { validityData } from '../../src/figures/validity/data.server';
import momentumJson from '../../src/data/momentum-transfer.json';

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
    expect(JSON.parse(host?.getAttribute('data-figure') ?? 'null')).toEqual(validityData());
  });

  it('offers the red-giant bound as astrophysical, and names its process (plasmon decay, not a recoil)', () => {
    const doc = parseDocument(page!.html);
    const option = doc.querySelector('#vx-exp option[value="red-giant-plasmon"]');
    expect(option?.textContent).toContain('(astrophysical)');
    const entry = momentumJson.entries.find((e) => e.limitIds.includes('red-giant-plasmon'))!;
    // The build renders the default experiment, LZ (ν_τ); its process and |q| estimate come from its data entry.
    const shown = momentumJson.entries.find((e) => e.limitIds.includes('lz-tau'))!;
    expect(doc.querySelector('[data-readout-key="process"]')?.textContent).toBe(shown.recoil);
    expect(doc.querySelector('[data-justification]')?.textContent).toBe(`How |q| was estimated: ${shown.justification}`);
    expect(entry.recoil).toMatch(/plasmon/);
    // No generic wording of the explorer calls every process a scattering.
    expect(doc.querySelector('validity-explorer')?.textContent).not.toMatch(/scatter/i);
  });

  it('loads no script holding the data files’ JSON schemas (minLength, additionalProperties)', () => {
    const scripts = reachableScripts(page!.html);
    expect(scripts.some((f) => /\/validity-live\.[^/]+\.js$/.test(f))).toBe(true);
    const withSchemas = scripts.filter((f) => /minLength|additionalProperties/.test(readFileSync(join(DIST, f), 'utf8')));
    expect(withSchemas).toEqual([]);
  });
});
