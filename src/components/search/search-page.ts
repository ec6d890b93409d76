/**
 * Browser side of the search page: loads Pagefind's runtime (built into <base>/pagefind/ by
 * src/lib/pagefind-integration.mjs) on first use, runs the query from ?q= or the box, and lists
 * results as links. Everything reaches the page through textContent and createElement.
 */
import { excerptSegments } from './excerpt';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

/** Results shown per query; Pagefind ranks them, the rest are rarely useful on a site this size. */
const MAX_RESULTS = 10;
/** Longest query accepted (the input's maxlength says the same). */
const MAX_QUERY = 200;

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let loading: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ baseUrl: base, excerptLength: 24 });
    return api;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** An excerpt as a paragraph of text nodes and <mark> elements. */
function excerptParagraph(excerpt: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  for (const { text, mark } of excerptSegments(excerpt)) {
    if (mark) {
      const m = document.createElement('mark');
      m.textContent = text;
      p.append(m);
    } else p.append(document.createTextNode(text));
  }
  return p;
}

/** One result: the page title as a link to the page, then the excerpt around the match. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'search-result-link';
  link.textContent = data.meta.title?.trim() || data.url;
  const heading = document.createElement('h2');
  heading.append(link);
  li.append(heading, excerptParagraph(data.excerpt));
  return li;
}

class SiteSearchPage extends HTMLElement {
  #run = 0;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!form || !input) return;
    const query = (new URLSearchParams(window.location.search).get('q') ?? '').slice(0, MAX_QUERY);
    input.value = query;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(input.value, { push: true });
    });
    if (query.trim()) void this.search(query, { push: false });
    else this.status('Type a word or phrase and press Enter.');
    window.addEventListener('popstate', () => {
      const q = (new URLSearchParams(window.location.search).get('q') ?? '').slice(0, MAX_QUERY);
      input.value = q;
      void this.search(q, { push: false });
    });
  }

  status(text: string): void {
    const el = this.querySelector('[data-search-status]');
    if (el) el.textContent = text;
  }

  async search(raw: string, { push }: { push: boolean }): Promise<void> {
    const run = ++this.#run;
    const query = raw.trim().slice(0, MAX_QUERY);
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!list) return;
    if (push) {
      const url = `${window.location.pathname}${query ? `?q=${encodeURIComponent(query)}` : ''}`;
      history.pushState(null, '', url);
    }
    if (!query) {
      list.replaceChildren();
      this.status('Type a word or phrase and press Enter.');
      return;
    }
    this.status(`Searching for “${query}”…`);
    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.search(query);
      const hits = found?.results.slice(0, MAX_RESULTS) ?? [];
      const data = await Promise.all(hits.map((hit) => hit.data()));
      if (run !== this.#run) return; // a newer query has started
      list.replaceChildren(...data.map(resultItem));
      const total = found?.results.length ?? 0;
      this.status(
        total === 0
          ? `No pages match “${query}”. Try fewer or different words.`
          : `${total} ${total === 1 ? 'page matches' : 'pages match'} “${query}”${total > MAX_RESULTS ? `; the first ${MAX_RESULTS} are listed` : ''}.`,
      );
      this.dataset.state = 'done';
    } catch {
      if (run !== this.#run) return;
      list.replaceChildren();
      this.status('The search index could not be loaded. Reload the page, or browse the sections in the sidebar.');
      this.dataset.state = 'error';
    }
  }
}

if (!customElements.get('site-search-page')) customElements.define('site-search-page', SiteSearchPage);
