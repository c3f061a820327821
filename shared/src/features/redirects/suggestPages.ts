import { notFoundWords } from './notFoundWords.ts';

/** The slice of Pagefind's browser API the suggestions use (https://pagefind.app/docs/api/). */
interface Result {
  id: string;
  data(): Promise<{ url: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: Result[] } | null>;
}

const pagefindUrl = '/pagefind/pagefind.js';
const limit = 5;

/**
 * The pages that hold every word first (Pagefind's ranking), then those found by the most
 * words alone, then by their best place in those searches: a page matching "ziekenhuis" and
 * "overnachten" beats one matching only the first.
 */
async function closestPages(pagefind: Pagefind, words: readonly string[]): Promise<Result[]> {
  const found = new Map<string, { result: Result; hits: number; best: number }>();
  const queries = words.length > 1 ? [words.join(' '), ...words] : words;
  for (const [index, query] of queries.entries()) {
    const weight = index === 0 && words.length > 1 ? words.length : 1;
    const search = await pagefind.search(query);
    (search?.results ?? []).forEach((result, rank) => {
      const known = found.get(result.id);
      if (known) {
        known.hits += weight;
        known.best = Math.min(known.best, rank);
      } else found.set(result.id, { result, hits: weight, best: rank });
    });
  }
  return [...found.values()]
    .sort((a, b) => b.hits - a.hits || a.best - b.best)
    .slice(0, limit)
    .map((entry) => entry.result);
}

/**
 * Progressive enhancement of the 404 page: the closest pages to the missing address, from the
 * search index of the page's language (Pagefind reads `<html lang>`). Without JavaScript, or
 * without a match, the list stays hidden and the page is as before.
 */
export async function suggestPages(): Promise<void> {
  const box = document.querySelector<HTMLElement>('#not-found-suggestions');
  const list = box?.querySelector('ul');
  const words = notFoundWords(window.location.pathname);
  if (!box || !list || words.length === 0) return;
  try {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pagefind.init();
    const pages = await Promise.all(
      (await closestPages(pagefind, words)).map((result) => result.data()),
    );
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
