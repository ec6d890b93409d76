import { getCollection, type CollectionEntry } from 'astro:content';

export type Page = CollectionEntry<'pages'>;

/** All pages in reading order (paper order first, then the site's own pages). */
export async function pagesInOrder(): Promise<Page[]> {
  const pages = await getCollection('pages');
  return pages.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
