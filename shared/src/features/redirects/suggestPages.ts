import { notFoundWords } from './notFoundWords.ts';

/** The slice of Pagefind's browser API the suggestions use (https://pagefind.app/docs/api/). */
interface Pagefind {
  init(): Promise<void>;
  search(
    query: string,
  ): Promise<{
    results: { id: string; data(): Promise<{ url: string; meta: { title?: string } }> }[];
  } | null>;
}

const pagefindUrl = '/pagefind/pagefind.js';
const limit = 5;

/**
 * Progressive enhancement of the 404 page: the closest pages to the missing address, from the
 * search index of the page's language (Pagefind reads `<html lang>`). All the words first,
 * then each word alone, longest first. Without JavaScript, or without a match, the list stays
 * hidden and the page is as before.
 */
export async function suggestPages(): Promise<void> {
  const box = document.querySelector<HTMLElement>('#not-found-suggestions');
  const list = box?.querySelector('ul');
  const words = notFoundWords(window.location.pathname);
  if (!box || !list || words.length === 0) return;
  try {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pagefind.init();
    const queries = [words.join(' '), ...(words.length > 1 ? words : [])];
    const found = new Map<string, { data(): Promise<{ url: string; meta: { title?: string } }> }>();
    for (const query of queries) {
      if (found.size >= limit) break;
      const search = await pagefind.search(query);
      for (const result of search?.results ?? []) {
        if (found.size < limit && !found.has(result.id)) found.set(result.id, result);
      }
    }
    const pages = await Promise.all([...found.values()].map((result) => result.data()));
    list.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.meta.title ?? page.url;
        item.append(link);
        return item;
      }),
    );
    box.hidden = pages.length === 0;
  } catch {
    // No index (a build without Pagefind): the 404 page stays as it is.
  }
}
