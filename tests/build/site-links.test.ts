// Every internal link, asset reference and #anchor in the built site resolves, for the root build
// (dist/) and for a GitHub Pages project build under a base path (dist-base/, `npm run build:base`).
// Nothing may point outside the base: on github.io the parent path is another repository's site.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, listFiles, parseDocument, type BuiltPage } from '../setup/site-pages';

const BUILDS = [
  { root: DIST, base: '/', command: 'npm run build' },
  { root: process.env.DIST_BASE_DIR ?? 'dist-base', base: '/lmu-ltau-millicharge/', command: 'npm run build:base' },
] as const;

/** Attributes that reference another resource. */
const REFS: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['area[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
];

/** The file a URL path (already stripped of the base) is served from, or undefined. */
function resolveFile(files: Set<string>, rel: string): string | undefined {
  const path = decodeURIComponent(rel);
  if (path === '' || path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (files.has(path)) return path;
  return files.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
}

/** Ids (and legacy a[name]) a page offers as fragment targets. */
function anchorsOf(html: string): Set<string> {
  const doc = parseDocument(html);
  const ids = new Set<string>();
  for (const el of doc.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
  for (const el of doc.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
  return ids;
}

describe.each(BUILDS)('the build in $root/ (base $base)', ({ root, base, command }) => {
  const available = existsSync(join(root, 'index.html'));
  // A missing build is a failure with instructions, never a silent skip.
  it('exists', () => {
    expect(available, `${root}/ is missing: run \`${command}\``).toBe(true);
  });
  if (!available) return;

  const pages = builtPages(root, command);
  const files = new Set(listFiles(root));
  const pageByFile = new Map<string, BuiltPage>(pages.map((p) => [p.file, p]));
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(pageByFile.get(file)?.html ?? ''));
    return anchorCache.get(file)!;
  };
  const home = parseDocument(pageByFile.get('index.html')!.html);
  const siteOrigin = new URL(home.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'https://invalid.example/').origin;

  /** Checks one reference from `page`; returns a problem sentence or undefined. */
  function check(page: BuiltPage, raw: string, requireAnchor = true): string | undefined {
    const ref = raw.trim();
    if (/^javascript:/i.test(ref)) return `javascript: URL ${ref}`;
    if (/^(mailto|tel|data|blob):/i.test(ref)) return undefined;
    const pageUrl = new URL(`${base}${page.path}`, siteOrigin);
    let url: URL;
    try {
      url = new URL(ref, pageUrl);
    } catch {
      return `unparseable URL ${JSON.stringify(ref)}`;
    }
    if (url.origin !== siteOrigin) return undefined; // external: not ours to resolve offline
    if (!url.pathname.startsWith(base)) return `${ref} escapes the base ${base}`;
    const file = resolveFile(files, url.pathname.slice(base.length));
    if (!file) return `${ref} → ${url.pathname} has no file in ${root}/`;
    const hash = decodeURIComponent(url.hash.slice(1));
    if (hash && requireAnchor && file.endsWith('.html') && !anchors(file).has(hash)) return `${ref}: no id="${hash}" in ${file}`;
    return undefined;
  }

  it.each(pages.map((p) => [p.file, p] as const))('%s: every href/src and #anchor resolves inside the base', (_file, page) => {
    const doc = parseDocument(page.html);
    const problems: string[] = [];
    for (const [selector, attribute] of REFS) {
      for (const el of doc.querySelectorAll(selector)) {
        const problem = check(page, el.getAttribute(attribute) ?? '');
        if (problem) problems.push(`<${el.tagName.toLowerCase()} ${attribute}>: ${problem}`);
      }
    }
    for (const el of doc.querySelectorAll('[srcset]')) {
      for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
        const problem = check(page, candidate.trim().split(/\s+/)[0] ?? '');
        if (problem) problems.push(`srcset: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s: ids are unique, so every #anchor has one target', (_file, page) => {
    const seen = new Map<string, number>();
    for (const el of parseDocument(page.html).querySelectorAll('[id]')) {
      const id = el.getAttribute('id') ?? '';
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it('every url(...) in the built CSS (KaTeX fonts …) resolves inside the base', () => {
    const problems: string[] = [];
    for (const css of [...files].filter((f) => f.endsWith('.css'))) {
      const text = readFileSync(join(root, css), 'utf8');
      const cssPage: BuiltPage = { file: css, path: css, html: '' };
      for (const match of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const problem = check(cssPage, match[2]!, false);
        if (problem) problems.push(`${css}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every page of the sitemap exists, and every content page is in the sitemap', () => {
    const sitemapFiles = [...files].filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemapFiles.length).toBeGreaterThan(0);
    const locs = sitemapFiles.flatMap((f) => [...readFileSync(join(root, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    const home: BuiltPage = { file: 'index.html', path: '', html: '' };
    expect(locs.map((loc) => check(home, loc)).filter(Boolean)).toEqual([]);
    const listed = new Set(locs.map((loc) => new URL(loc).pathname));
    const missing = pages
      .filter((p) => p.file !== '404.html')
      .map((p) => `${base}${p.path}`)
      .filter((path) => !listed.has(path));
    expect(missing).toEqual([]);
  });
});
