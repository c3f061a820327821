import type { Locale } from '@portals/content-models';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import {
  agendaFeedPath,
  agendaItemCalendarPath,
  agendaItemPath,
  agendaPath,
  reservedAgendaSlugs,
} from './agendaPaths.ts';
import type { AgendaItemRoute } from './agendaRoutes.ts';
import { isUpcoming } from './schedule.ts';
import type { SiteAgendaItem } from './siteAgendaItemSchema.ts';

/**
 * An item's page in one language, or null where it has no slug: what the build lists, and
 * what a preview of a draft item reshapes (the same page, under the preview's address).
 */
export function agendaItemRoute(
  item: SiteAgendaItem,
  locales: readonly Locale[],
  locale: Locale,
  now: Date,
): AgendaItemRoute | null {
  const slug = item.translations[locale]?.slug;
  if (!slug) return null;
  if (reservedAgendaSlugs(locale).includes(slug)) {
    throw new Error(
      `agenda item ${item.id} (${locale}) has the slug "${slug}", which an agenda page uses: give it another slug in the CMS`,
    );
  }
  const existing = (l: Locale) => {
    const other = item.translations[l]?.slug;
    return other ? agendaItemPath(l, other) : null;
  };
  const path = agendaItemPath(locale, slug);
  return {
    kind: 'agendaItem',
    item,
    past: !isUpcoming(item, now),
    calendarPath: agendaItemCalendarPath(locale, slug),
    feedPath: agendaFeedPath(locale),
    locale,
    path,
    canonicalPath: path,
    indexable: true,
    alternates: alternatesFor(locales, existing),
    // An item missing in a language leads to that language's agenda rather than its home.
    languageSwitch: languageSwitchFor(locale, locales, (l) => existing(l) ?? agendaPath(l)),
  };
}
