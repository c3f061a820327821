import type { Locale } from '@portals/content-models';
import { cachedIntl } from '../../i18n/cachedIntl.ts';
import { intlLocales } from '../../i18n/formatDate.ts';
import { faqAnchor, faqThemeAnchor } from './faqPaths.ts';
import type { SiteFaqEntry } from './siteFaqEntrySchema.ts';
import { themeTitle, type SiteTheme } from './themeKind.ts';
import type { SiteReferent } from './referentKind.ts';

/** One question and its answer, ready to render. */
export interface FaqItem {
  id: string;
  /** The fragment that links to this answer (`#faq-12`). */
  anchor: string;
  question: string;
  answerHtml: string;
  answeredAt: string | null;
  /** The referent organisation that answered, by name. */
  answeredBy: string | null;
  isDemo: boolean;
}

/** The questions of one theme; `themeId` null holds those of no theme named in this language. */
export interface FaqGroup {
  themeId: string | null;
  /** The theme's name, null for the group of other questions (the view names it). */
  title: string | null;
  anchor: string;
  items: FaqItem[];
}

/** Lookups by id for what entries point to. */
export interface FaqReferences {
  themes: ReadonlyMap<string, SiteTheme>;
  referents: ReadonlyMap<string, SiteReferent>;
}

const newestFirst = (a: FaqItem, b: FaqItem) =>
  (b.answeredAt ?? '').localeCompare(a.answeredAt ?? '') || a.id.localeCompare(b.id);

function toItem(entry: SiteFaqEntry, locale: Locale, refs: FaqReferences): FaqItem | null {
  const translation = entry.translations[locale];
  if (!translation) return null;
  const referent = entry.answeredById ? refs.referents.get(entry.answeredById) : undefined;
  return {
    id: entry.id,
    anchor: faqAnchor(entry.id),
    question: translation.question,
    answerHtml: translation.answerHtml,
    answeredAt: entry.answeredAt,
    answeredBy: referent?.names[locale] ?? referent?.names.fr ?? null,
    isDemo: entry.isDemo,
  };
}

/**
 * The FAQ page of one language: entries written in it, each filed once under its first theme
 * that has a name in that language (so every anchor is unique), themes in alphabetical order,
 * then the other questions; newest answers first within a theme.
 */
export function groupFaqByTheme(
  entries: readonly SiteFaqEntry[],
  locale: Locale,
  refs: FaqReferences,
): FaqGroup[] {
  const groups = new Map<string | null, FaqGroup>();
  for (const entry of entries) {
    const item = toItem(entry, locale, refs);
    if (!item) continue;
    const themeId =
      entry.themeIds.find((id) => themeTitle(refs.themes.get(id), locale) !== null) ?? null;
    let group = groups.get(themeId);
    if (!group) {
      const title = themeId === null ? null : themeTitle(refs.themes.get(themeId), locale);
      group = { themeId, title, anchor: faqThemeAnchor(themeId), items: [] };
      groups.set(themeId, group);
    }
    group.items.push(item);
  }
  const collator = cachedIntl(`collator:${locale}`, () => new Intl.Collator(intlLocales[locale]));
  const sorted = [...groups.values()].sort((a, b) =>
    a.title === null ? 1 : b.title === null ? -1 : collator.compare(a.title, b.title),
  );
  for (const group of sorted) group.items.sort(newestFirst);
  return sorted;
}
