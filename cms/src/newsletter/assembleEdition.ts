import type { Locale, PortalId } from '@portals/content-models';
import type { Payload, Where } from 'payload';
import { periodBounds } from './periodBounds.ts';

/** The most items of each kind an edition proposes; the editor removes or reorders. */
export const maxItemsPerKind = 6;

export interface EditionScope {
  portal: PortalId;
  locale: Locale;
  period: string;
}

export interface AssembledItems {
  news: number[];
  events: number[];
}

/** Only documents that exist in the edition's language: the e-mail links to their page. */
async function idsIn(
  payload: Payload,
  collection: 'articles' | 'agenda',
  locale: Locale,
  where: Where,
  sort: string,
): Promise<number[]> {
  const { docs } = await payload.find({
    collection,
    where: { and: [where, { _status: { equals: 'published' } }, { slug: { exists: true } }] },
    locale,
    fallbackLocale: false,
    sort,
    limit: maxItemsPerKind,
    depth: 0,
    overrideAccess: true,
    select: { slug: true },
  });
  return docs.filter((doc) => Boolean(doc.slug)).map((doc) => doc.id);
}

/**
 * What "assemble" proposes for an edition: the portal's news published during the month it
 * covers (newest first), and its agenda items starting from that month's end on, soonest
 * first ("coming up"), none cancelled. Published documents only, in the edition's language.
 */
export async function assembleEdition(
  payload: Payload,
  { portal, locale, period }: EditionScope,
): Promise<AssembledItems> {
  const { start, end } = periodBounds(period);
  const onPortal: Where = { portals: { contains: portal } };
  const news = await idsIn(
    payload,
    'articles',
    locale,
    {
      and: [
        onPortal,
        { kind: { equals: 'news' } },
        { publishedAt: { greater_than_equal: start.toISOString() } },
        { publishedAt: { less_than: end.toISOString() } },
      ],
    },
    '-publishedAt',
  );
  const events = await idsIn(
    payload,
    'agenda',
    locale,
    {
      and: [
        onPortal,
        { startsAt: { greater_than_equal: end.toISOString() } },
        { cancelled: { not_equals: true } },
      ],
    },
    'startsAt',
  );
  return { news, events };
}
