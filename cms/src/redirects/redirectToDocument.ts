import type { Locale, PortalId } from '@portals/content-models';
import type { Redirect } from '@portals/content-models/payload-types';
import type { PayloadRequest, Where } from 'payload';
import { pathSpellings } from './redirectPaths.ts';

type Id = number | string;

/** A redirect the CMS writes itself; its validation is skipped, the caller keeps it consistent. */
export const systemRedirect = 'systemRedirect';

export interface DocumentTarget {
  relationTo: 'articles' | 'sections' | 'hospitals' | 'mutualities' | 'agenda' | 'journeys';
  value: Id;
}

function scope(portal: PortalId, locale: Locale): Where[] {
  return [
    { portal: { equals: portal } },
    { or: [{ locale: { equals: locale } }, { locale: { exists: false } }] },
  ];
}

/** Deletes the redirects of `portal`/`locale` from `path`: a live page stands there now. */
export async function clearRedirectsFrom(
  req: PayloadRequest,
  path: string,
  portal: PortalId,
  locale: Locale,
): Promise<void> {
  await req.payload.delete({
    collection: 'redirects',
    where: { and: [{ from: { in: pathSpellings(path) } }, ...scope(portal, locale)] },
    overrideAccess: true,
    req,
  });
}

/**
 * Points `from` at the document, in one hop: a redirect already starting there is reused, and
 * redirects that led to `from` now lead to the document itself, so no chain builds up when a
 * page is renamed again and again. The document's own URL is resolved by the portals at build.
 */
export async function redirectToDocument(
  req: PayloadRequest,
  {
    from,
    target,
    portal,
    locale,
    statusCode = '301',
  }: {
    from: string;
    /** A document, or a path for the rare case with no document to go to (a language's home). */
    target: DocumentTarget | string;
    portal: PortalId;
    locale: Locale;
    statusCode?: '301' | '302';
  },
): Promise<void> {
  // Ids are numbers on SQLite and strings on MongoDB; the generated type only knows the first.
  const data = (
    typeof target === 'string'
      ? { toPath: target, toDocument: null, statusCode }
      : { toDocument: target, toPath: null, statusCode }
  ) as Pick<Redirect, 'toPath' | 'toDocument' | 'statusCode'>;
  const context = { [systemRedirect]: true };
  await req.payload.update({
    collection: 'redirects',
    where: { and: [{ toPath: { in: pathSpellings(from) } }, ...scope(portal, locale)] },
    data,
    overrideAccess: true,
    context,
    req,
  });
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: { and: [{ from: { in: pathSpellings(from) } }, ...scope(portal, locale)] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  });
  const existing = docs[0];
  if (existing) {
    await req.payload.update({
      collection: 'redirects',
      id: existing.id,
      data,
      overrideAccess: true,
      context,
      req,
    });
    return;
  }
  await req.payload.create({
    collection: 'redirects',
    data: { from, ...data, portal, locale },
    overrideAccess: true,
    context,
    req,
  });
}
