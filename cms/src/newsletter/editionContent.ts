import {
  getPortal,
  newsletterEditionPath,
  newsletterItemPath,
  type Locale,
  type PortalId,
} from '@portals/content-models';
import type { AgendaItem, Article } from '@portals/content-models/payload-types';
import type { Payload } from 'payload';
import { portalUrl } from './newsletterLinks.ts';

/** One item of an edition as the e-mail shows it. */
export interface EditionItem {
  title: string;
  /** The article's summary, or the event's date and place. */
  detail?: string;
  /** Absolute URL of the item's page on the portal. */
  url: string;
}

/** Everything an edition's e-mail says, read in its language with absolute portal links. */
export interface EditionContent {
  id: number | string;
  portal: PortalId;
  portalName: string;
  locale: Locale;
  title: string;
  editorWord: string;
  news: EditionItem[];
  events: EditionItem[];
  /** The edition's page on the portal's archive. */
  webUrl: string;
}

const dateFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(`${locale}-BE`, {
    timeZone: 'Europe/Brussels',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

const populated = <T extends { id: number }>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null);

/** Reads an edition and its items (published ones, in the edition's language) for sending. */
export async function editionContent(
  payload: Payload,
  id: number | string,
): Promise<EditionContent> {
  const edition = await payload.findByID({
    collection: 'newsletter-editions',
    id,
    depth: 0,
    overrideAccess: true,
  });
  const { portal, locale } = edition;
  const read = { locale, fallbackLocale: false as const, depth: 0, overrideAccess: true };
  const ids = (values: (number | { id: number })[] | null | undefined) =>
    (values ?? []).map((value) => (typeof value === 'object' ? value.id : value));
  const published = { _status: { equals: 'published' } };
  const [news, events] = await Promise.all([
    payload.find({
      collection: 'articles',
      where: { and: [{ id: { in: ids(edition.news) } }, published] },
      limit: 50,
      ...read,
    }),
    payload.find({
      collection: 'agenda',
      where: { and: [{ id: { in: ids(edition.events) } }, published] },
      limit: 50,
      sort: 'startsAt',
      ...read,
    }),
  ]);
  // Kept in the editor's order for news; the agenda reads best in date order.
  const order = ids(edition.news);
  const newsDocs = [...populated<Article>(news.docs)].sort(
    (a, b) => order.indexOf(a.id) - order.indexOf(b.id),
  );
  return {
    id: edition.id,
    portal,
    portalName: getPortal(portal).name[locale],
    locale,
    title: edition.title,
    editorWord: edition.editorWord ?? '',
    news: newsDocs
      .filter((doc) => doc.slug)
      .map((doc) => ({
        title: doc.title,
        detail: doc.summary ?? undefined,
        url: portalUrl(portal, newsletterItemPath('news', locale, doc.slug ?? '')),
      })),
    events: populated<AgendaItem>(events.docs)
      .filter((doc) => doc.slug)
      .map((doc) => ({
        title: doc.title,
        detail: [dateFormat(locale).format(new Date(doc.startsAt)), doc.place]
          .filter(Boolean)
          .join(' · '),
        url: portalUrl(portal, newsletterItemPath('event', locale, doc.slug ?? '')),
      })),
    webUrl: portalUrl(portal, newsletterEditionPath(locale, edition.period)),
  };
}
