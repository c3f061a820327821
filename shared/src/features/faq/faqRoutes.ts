import type { Locale } from '@portals/content-models';
import type { RouteContext, RouteOf } from '../../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import { buildAssistantIndex } from './assistant/buildAssistantIndex.ts';
import { faqAssistantIndexPath, faqPath } from './faqPaths.ts';
import { groupFaqByTheme, type FaqReferences } from './groupFaqByTheme.ts';

function references(context: RouteContext): FaqReferences {
  return {
    themes: new Map(context.entries.themes.map((theme) => [theme.id, theme])),
    referents: new Map(context.entries.referentOrganisations.map((org) => [org.id, org])),
  };
}

/** The FAQ page of `locale`, when at least one entry is written in that language. */
export function faqRoutes(context: RouteContext, locale: Locale): RouteOf<'faq'>[] {
  const { locales, entries } = context;
  const exists = (l: Locale) => entries.faq.some((entry) => entry.translations[l]);
  if (!exists(locale)) return [];
  const pathIn = (l: Locale) => (exists(l) ? faqPath(l) : null);
  const path = faqPath(locale);
  return [
    {
      kind: 'faq',
      locale,
      path,
      canonicalPath: path,
      indexable: true,
      alternates: alternatesFor(locales, pathIn),
      languageSwitch: languageSwitchFor(locale, locales, pathIn),
      groups: groupFaqByTheme(entries.faq, locale, references(context)),
      assistantIndexPath: faqAssistantIndexPath(locale),
    },
  ];
}

/** The index the FAQ page's assistant downloads when a reader first asks, beside that page. */
export function faqAssistantRoutes(
  context: RouteContext,
  locale: Locale,
): RouteOf<'faqAssistantIndex'>[] {
  if (!context.entries.faq.some((entry) => entry.translations[locale])) return [];
  return [
    {
      kind: 'faqAssistantIndex',
      locale,
      path: faqAssistantIndexPath(locale),
      canonicalPath: faqAssistantIndexPath(locale),
      indexable: false,
      alternates: [],
      languageSwitch: [],
      file: { contentType: 'application/json; charset=utf-8' },
      index: buildAssistantIndex(context, locale),
    },
  ];
}
