import type { Locale } from '@portals/content-models';

/** One answer the FAQ assistant can propose: an FAQ entry or an article. */
export interface AssistantDoc {
  kind: 'faq' | 'article';
  /** The question, or the article's title. */
  title: string;
  /** `#faq-12` on the FAQ page, or the article's page. */
  url: string;
  /** The answer or the article's summary, as plain text. */
  text: string;
}

/** What the browser downloads when a reader first asks (`assistant.json` beside the FAQ page). */
export interface AssistantIndex {
  locale: Locale;
  /** Words that carry no meaning for the search (`de`, `het`). */
  stopWords: string[];
  /** Groups of related words: a word of a group also finds the others, less strongly. */
  related: string[][];
  docs: AssistantDoc[];
}
