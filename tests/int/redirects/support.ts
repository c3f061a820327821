import type { Locale, PortalId } from '@portals/content-models';
import type { Payload } from 'payload';
import { createArticle } from '../support/fixtures.ts';

let counter = 0;

/** A published article in French and Dutch, with its sections (main one first). */
export async function createBilingualArticle(
  payload: Payload,
  { portals = ['hospichild'], sections = [] }: { portals?: PortalId[]; sections?: number[] } = {},
) {
  counter += 1;
  const article = await createArticle(payload, { title: `Visiter un enfant ${counter}`, portals });
  await payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'nl',
    data: { title: `Een kind bezoeken ${counter}`, sections },
    overrideAccess: true,
  });
  const all = await payload.findByID({ collection: 'articles', id: article.id, locale: 'all' });
  return { id: article.id, slug: all.slug as unknown as Record<Locale, string> };
}

/** Changes the slug of one locale and publishes, as an editor saving the sidebar field. */
export async function renameArticle(
  payload: Payload,
  id: number | string,
  locale: Locale,
  slug: string,
  { draft = false }: { draft?: boolean } = {},
) {
  return payload.update({
    collection: 'articles',
    id,
    locale,
    draft,
    data: { slug, _status: draft ? 'draft' : 'published' },
    overrideAccess: true,
  });
}

/** The redirects of a portal from `from`, as plain records. */
export async function redirectsFrom(payload: Payload, from: string) {
  const { docs } = await payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    depth: 0,
    overrideAccess: true,
  });
  return docs.map(({ from: path, toPath, toDocument, statusCode, portal, locale }) => ({
    from: path,
    toPath: toPath ?? null,
    toDocument: toDocument
      ? { relationTo: toDocument.relationTo, value: String(toDocument.value as number) }
      : null,
    statusCode,
    portal,
    locale: locale ?? null,
  }));
}

/** What a redirect to a document looks like once created by the CMS. */
export function toDocument(
  from: string,
  relationTo: string,
  id: number | string,
  locale: Locale,
  { portal = 'hospichild', statusCode = '301' }: { portal?: PortalId; statusCode?: string } = {},
) {
  return {
    from,
    toPath: null,
    toDocument: { relationTo, value: String(id) },
    statusCode,
    portal,
    locale,
  };
}
