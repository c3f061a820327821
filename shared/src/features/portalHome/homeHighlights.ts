import type { Locale } from '@portals/content-models';
import type { KitEntries } from '../../kit/contract.ts';
import { articleUrl, articleUrlOrFallback, hasFallbackPage } from '../../site/strictLinks.ts';
import { agendaItemPath } from '../agenda/agendaPaths.ts';
import type { HomeTarget } from './portalHomeSchemas.ts';

/** A featured content or the announcement, ready to render. */
export interface HomeHighlight {
  title: string;
  text: string;
  href: string | undefined;
}

type Entries = Pick<KitEntries, 'articles' | 'agenda'>;

/** The page of a linked document in `locale`, or undefined when this portal has none there. */
export function targetOf(
  target: HomeTarget,
  entries: Entries,
  locale: Locale,
): { title: string; summary: string; href: string } | undefined {
  if (target.collection === 'articles') {
    const article = entries.articles.find((each) => each.id === target.id);
    if (!article) return undefined;
    const own = article.translations[locale];
    if (own) return { title: own.title, summary: own.summary, href: articleUrl(article, locale) };
    if (!hasFallbackPage(article, locale)) return undefined;
    const shown = article.translations.fr;
    return shown && { ...shown, href: articleUrlOrFallback(article, locale) };
  }
  if (target.collection === 'agenda') {
    const item = entries.agenda.find((each) => each.id === target.id)?.translations[locale];
    return item && { title: item.title, summary: '', href: agendaItemPath(locale, item.slug) };
  }
  // Hospitals, projects…: not pages of every portal; the editors' other choices still show.
  return undefined;
}

/** The portal record's announcement in `locale`, unless it has ended by `now` or has no title. */
export function announcementOf(
  entries: Entries & Pick<KitEntries, 'portalHome'>,
  locale: Locale,
  now: Date,
): (HomeHighlight & { until: string | null }) | undefined {
  const announcement = entries.portalHome[0]?.announcement;
  const title = announcement?.title[locale];
  if (!announcement || !title) return undefined;
  if (announcement.until && endOfDay(announcement.until) <= now.getTime()) return undefined;
  const link = announcement.link && targetOf(announcement.link, entries, locale);
  return {
    title,
    text: announcement.text[locale] ?? '',
    href: link?.href,
    until: announcement.until,
  };
}

/** The featured contents that have a page in `locale`, in the editors' order. */
export function featuredOf(
  entries: Entries & Pick<KitEntries, 'portalHome'>,
  locale: Locale,
): HomeHighlight[] {
  return (entries.portalHome[0]?.featured ?? []).flatMap((target) => {
    const page = targetOf(target, entries, locale);
    return page ? [{ title: page.title, text: page.summary, href: page.href }] : [];
  });
}

/**
 * The end of the announcement's last day: the CMS stores a day picked in Brussels as an
 * instant; it shows through that whole day (24 h after the stored instant at most).
 */
export function endOfDay(until: string): number {
  return new Date(until).getTime() + 24 * 60 * 60 * 1000;
}
