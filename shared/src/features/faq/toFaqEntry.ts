import { locales, type Locale } from '@portals/content-models';
import type { ToEntryContext } from '../../kit/contract.ts';
import { textIn } from '@portals/shared/cms';
import { richTextToHtml, type LexicalState } from '../../richtext/richTextToHtml.ts';
import type { FaqDoc } from './faqDocSchema.ts';
import type { FaqTranslation, SiteFaqEntry } from './siteFaqEntrySchema.ts';

/**
 * Maps a CMS FAQ entry to one translation per language where its question is written. A
 * question without an answer in a language is left out there (and said in the build log):
 * readers would find a heading with nothing under it. Returns null when no language is left.
 */
export function toFaqEntry(
  doc: FaqDoc,
  context: Pick<ToEntryContext, 'onWarning'>,
): SiteFaqEntry | null {
  const translations: Partial<Record<Locale, FaqTranslation>> = {};
  for (const locale of locales) {
    const question = textIn(doc.question, locale);
    if (!question) continue;
    const answerHtml = richTextToHtml(doc.answer[locale] as LexicalState | null | undefined, {
      onWarning: (message) => context.onWarning(`FAQ entry ${doc.id} (${locale}): ${message}`),
    }).trim();
    if (!answerHtml) {
      context.onWarning(`FAQ entry ${doc.id} has a ${locale} question but no answer: left out`);
      continue;
    }
    translations[locale] = { question, answerHtml };
  }
  const availableLocales = locales.filter((locale) => translations[locale]);
  if (availableLocales.length === 0) {
    context.onWarning(`FAQ entry ${doc.id} has no question and answer in any language: skipped`);
    return null;
  }
  return {
    id: doc.id,
    updatedAt: doc.updatedAt,
    isDemo: doc.isDemo,
    answeredAt: doc.answeredAt,
    answeredById: doc.answeredBy,
    themeIds: [...new Set(doc.themes)],
    availableLocales,
    translations,
  };
}
