// Discovers what the built site contains, so the site-wide tests cover every page and every widget
// as they appear without being edited: pages are dist/**/index.html (plus 404.html), widgets are
// custom elements or [data-widget] elements in a page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

/** The root build the tests read and serve: dist/, or DIST_DIR for a private build. */
export const DIST = process.env.DIST_DIR ?? 'dist';

/** One built HTML page. */
export interface BuiltPage {
  /** File path relative to the dist root, e.g. 'limits/index.html'. */
  file: string;
  /** URL path relative to the base, e.g. 'limits/' ('' for the home page). */
  path: string;
  html: string;
}

/** Every file under `root`, as paths relative to it with '/' separators. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Every HTML page of a build directory (throws a clear error when the build is missing). */
export function builtPages(root: string, buildCommand = 'npm run build'): BuiltPage[] {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/ is missing: run \`${buildCommand}\` first`);
  return listFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      file,
      path: file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file,
      html: readFileSync(join(root, file), 'utf8'),
    }));
}

/** A parsed page's document (linkedom; no scripts run). */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Tag names of custom elements (any tag with a hyphen) in a document. */
export function customElementTags(document: Document): string[] {
  const tags = new Set<string>();
  for (const el of document.querySelectorAll('*')) if (el.tagName.includes('-')) tags.add(el.tagName.toLowerCase());
  return [...tags].sort();
}

/** True when the page holds an interactive widget: a custom element or a [data-widget] element. */
export function hasWidget(document: Document): boolean {
  return customElementTags(document).length > 0 || document.querySelector('[data-widget]') !== null;
}

/** Content pages of the site (everything but the 404 page), as URL paths relative to the base. */
export function contentPagePaths(root = DIST): string[] {
  return builtPages(root)
    .filter((p) => p.file !== '404.html')
    .map((p) => p.path);
}

/** Paths of pages whose HTML holds a widget. */
export function widgetPagePaths(root = DIST): string[] {
  return builtPages(root)
    .filter((p) => p.file !== '404.html' && hasWidget(parseDocument(p.html)))
    .map((p) => p.path);
}

/** A built page by its URL path, with its parsed document (throws when the page is missing). */
export function pageOf(pages: readonly BuiltPage[], path: string): { html: string; doc: Document } {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} is not in ${DIST}`);
  return { html: found.html, doc: parseDocument(found.html) };
}

/**
 * The JavaScript files (relative to DIST) a page loads: its module scripts and their static imports,
 * plus, with `lazy`, the lazily imported chunks whose file name starts with it and their static
 * imports (what the first interaction with a widget loads; not the download code, loaded on a click).
 */
export function loadedFiles(html: string, lazy?: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}\s,*$]+from\s*)?"\.\/([^"]+\.js)"/g)) visit(`_astro/${m[1]}`);
    if (lazy === undefined) return;
    for (const m of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) if (m[1].startsWith(lazy)) visit(`_astro/${m[1]}`);
  };
  for (const m of html.matchAll(/<script type="module" src="\/?([^"]+)"/g)) visit(m[1].replace(/^.*?(_astro\/)/, '$1'));
  return [...seen];
}
