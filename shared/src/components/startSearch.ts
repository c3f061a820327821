/** The slice of Pagefind's browser API the search page uses (https://pagefind.app/docs/api/). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const pageSize = 10;
// Built by `pagefind --site dist` after Astro: a runtime URL, not a module Vite can bundle.
const pagefindUrl = '/pagefind/pagefind.js';

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/{{(\w+)}}/g, (_, name: string) => values[name] ?? '');
}

/** Pagefind excerpts are HTML with <mark>; keep the highlights and nothing else as markup. */
function excerptNodes(excerpt: string): Node[] {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, excerpt);
  return item;
}

/**
 * Progressive enhancement of the search form: results appear without a page load, the count
 * is announced through the polite live region, and `?q=` keeps a search shareable.
 */
export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[role="search"]');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const ui = document.querySelector<HTMLElement>('#search-ui');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !ui || !status || !list || !more) return;
  const text = ui.dataset;
  const plural = new Intl.PluralRules(text.locale);
  let pagefind: Promise<Pagefind> | undefined;
  let results: { data(): Promise<PagefindResultData> }[] = [];
  let shown = 0;
  let latest = 0;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ pagefindUrl).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 30 });
      await module.init();
      return module;
    }));

  const showMore = async (focusFirst: boolean) => {
    const batch = await Promise.all(results.slice(shown, shown + pageSize).map((r) => r.data()));
    const items = batch.map(resultItem);
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= results.length;
    // Moving focus to the first new result keeps keyboard users where the new content is.
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  const run = async (query: string) => {
    const run = ++latest;
    list.replaceChildren();
    list.hidden = true;
    more.hidden = true;
    if (!query) {
      status.textContent = text.empty ?? '';
      return;
    }
    status.textContent = text.searching ?? '';
    try {
      const search = await (await load()).search(query);
      if (run !== latest || !search) return;
      results = search.results;
      shown = 0;
      const count = results.length;
      const template =
        count === 0
          ? text.noResults
          : plural.select(count) === 'one'
            ? text.resultsOne
            : text.resultsOther;
      status.textContent = fill(template ?? '', {
        count: count.toLocaleString(text.locale),
        query,
      });
      list.hidden = count === 0;
      if (count > 0) await showMore(false);
    } catch {
      if (run === latest) status.textContent = text.unavailable ?? '';
    }
  };

  const queryFromUrl = () => new URLSearchParams(window.location.search).get('q')?.trim() ?? '';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href !== window.location.href) window.history.pushState(null, '', url);
    void run(query);
  });
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    input.value = queryFromUrl();
    void run(input.value);
  });
  if (queryFromUrl()) {
    input.value = queryFromUrl();
    void run(input.value);
  }
}
