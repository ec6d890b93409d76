// The landscape page in the built site: the static chart (readable without JavaScript), the legend
// with every drawn curve, the list of limits not drawn (from the data file, not typed), the computed
// survival sentence in the page and in the conclusions, and the JavaScript byte budgets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages, loadedFiles, pageOf } from '../setup/site-pages';
import { zprimeLimits } from '../../src/data/zprime-limits';
import { landscapeData } from '../../src/figures/landscape/data.server';

const pages = builtPages(DIST);
const page = (path: string) => pageOf(pages, path);

const gzipBytes = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);

describe('the landscape page /landscape/', () => {
  const { html, doc } = page('landscape/');
  const widget = doc.querySelector('landscape-figure');

  it('holds the build-time chart: one labelled SVG, every curve named, no NaN', () => {
    const svg = widget?.querySelector('[data-chart] svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toMatch(/^Log–log chart of the coupling g/);
    for (const limit of zprimeLimits.limits) expect(svg?.textContent).toContain(limit.label);
    expect(svg?.textContent).toContain('g−2 band (1σ)');
    expect(svg?.querySelectorAll('.landscape-marker').length).toBe(1);
    expect(widget?.outerHTML).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('lists each drawn curve in the legend with its CL, arXiv link and source file', () => {
    const items = [...(widget?.querySelectorAll('.landscape-legend li[data-curve]') ?? [])].filter(
      (li) => !['band', 'hubble'].includes(li.getAttribute('data-curve')!),
    );
    expect(items.map((li) => li.getAttribute('data-curve'))).toEqual(zprimeLimits.limits.map((l) => l.id));
    for (const limit of zprimeLimits.limits) {
      const li = items.find((item) => item.getAttribute('data-curve') === limit.id)!;
      expect(li.querySelector(`a[href="https://arxiv.org/abs/${limit.publication.arxiv}"]`)).not.toBeNull();
      expect(li.textContent).toContain(limit.digitisation.path ?? limit.digitisation.table ?? '');
      // Belle II 2019 quotes a Bayesian credibility level (arXiv:1912.11276), the others confidence levels.
      const level = /credib/i.test(limit.clSource ?? '') ? 'credibility level (Bayesian)' : 'CL';
      expect(li.textContent).toContain(limit.cl === null ? 'CL not stated' : `${Math.round(limit.cl * 100)}% ${level}`);
    }
  });

  it('lists every limit of zprime-limits.json that is not drawn, with its reason and citation', () => {
    const listed = [...doc.querySelectorAll('[data-not-drawn] li')];
    expect(listed.map((li) => li.getAttribute('data-not-drawn-id'))).toEqual(zprimeLimits.notDrawn.map((n) => n.id));
    for (const entry of zprimeLimits.notDrawn) {
      const li = listed.find((item) => item.getAttribute('data-not-drawn-id') === entry.id)!;
      expect(li.textContent).toContain(`Not drawn: ${entry.reason}.`);
      if (entry.publication) expect(li.querySelector(`a[href="https://arxiv.org/abs/${entry.publication.arxiv}"]`)).not.toBeNull();
    }
  });

  it('embeds the figure data as read from src/data', () => {
    expect(JSON.parse(widget?.getAttribute('data-figure') ?? 'null')).toEqual(landscapeData());
  });

  it('states where the band survives, and the conclusions quote the same mass', () => {
    const sentence = widget?.querySelector('[data-fragment="survival"]')?.textContent ?? '';
    const end = /up to about ([\d.]+) MeV/.exec(sentence)?.[1];
    expect(end).toBeDefined();
    const conclusions = page('conclusions/').doc;
    expect(conclusions.querySelector('[data-value-key="landscape/2023-paper/1sigma/first-exclusion"]')?.textContent).toBe(`${end} MeV`);
    expect(conclusions.querySelector('a[href$="/landscape/"]')).not.toBeNull();
    expect(page('muon-g-2/').doc.querySelector('a[href$="/landscape/"]')).not.toBeNull();
  });

  it('sits among the site’s own pages', () => {
    expect(html).toContain("Beyond the paper: the site's own analysis");
  });

  it('loads at most 10 KB (gzip) of JavaScript before the reader interacts', () => {
    const bytes = gzipBytes(loadedFiles(html));
    expect(bytes).toBeGreaterThan(2000);
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
  });

  it('loads at most 100 KB (gzip) of JavaScript by the end of the first interaction, and none of src/data', () => {
    const files = loadedFiles(html, 'landscape-live');
    expect(files.some((f) => /landscape-live/.test(f))).toBe(true);
    const code = files.map((f) => readFileSync(join(DIST, f), 'utf8'));
    console.log(`/landscape/ JS after the first interaction: ${files.length} files, ${(gzipBytes(files) / 1024).toFixed(1)} KB gzip`);
    expect(gzipBytes(files)).toBeLessThanOrEqual(100 * 1024);
    expect(files.filter((_, i) => /schema-check\.ts|zprime-limits\.schema\.json|"\$schema"/.test(code[i]))).toEqual([]);
  });
});
