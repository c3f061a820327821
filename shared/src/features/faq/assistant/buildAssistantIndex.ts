import type { Locale } from '@portals/content-models';
import type { RouteContext } from '../../../kit/contract.ts';
import { listArticles } from '../../../site/listArticles.ts';
import { faqAnchor } from '../faqPaths.ts';
import type { AssistantDoc, AssistantIndex } from './assistantIndex.ts';
import { assistantLexicon } from './assistantLexicon.ts';

/** Enough of an answer to match its words and show a line of it; keeps the index light. */
const maxTextLength = 600;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };

/** The text of sanitised answer HTML: tags become spaces, the common entities characters. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|nbsp);/g, (_, name: string) => entities[name] ?? '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxTextLength);
}

/**
 * The FAQ assistant's index of one language: every FAQ answer written in it (linked by its
 * anchor on the FAQ page) and every article written in it (titles and summaries), with the
 * language's lexicon. Fallback pages in another language are left out: the reader asked in hers.
 */
export function buildAssistantIndex(context: RouteContext, locale: Locale): AssistantIndex {
  const faq = context.entries.faq.flatMap((entry): AssistantDoc[] => {
    const translation = entry.translations[locale];
    if (!translation) return [];
    return [
      {
        kind: 'faq',
        title: translation.question,
        url: `#${faqAnchor(entry.id)}`,
        text: htmlToText(translation.answerHtml),
      },
    ];
  });
  const articles = listArticles(context.entries.articles, locale)
    .filter((item) => !item.inOtherLanguage)
    .map((item): AssistantDoc => {
      return { kind: 'article', title: item.title, url: item.href, text: item.summary };
    });
  const lexicon = assistantLexicon[locale];
  return {
    locale,
    stopWords: [...lexicon.stopWords],
    related: lexicon.related.map((group) => [...group]),
    docs: [...faq, ...articles],
  };
}
