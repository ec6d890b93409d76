/** Site URLs that respect the deploy base path ('/' locally, '/<repo>/' on GitHub Pages). */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** URL of a content page by its collection id ('index' is the home page). */
export function pageHref(id: string, hash = ''): string {
  return `${base}${id === 'index' ? '' : `${id}/`}${hash ? `#${hash}` : ''}`;
}

/** URL of a file in `public/` or a built asset path. */
export function assetHref(path: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}
