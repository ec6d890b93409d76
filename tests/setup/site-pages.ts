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
