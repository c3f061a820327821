import type { CollectionSlug, PayloadRequest } from 'payload';

/**
 * The stored document in every locale, read inside the request's transaction. The Local API
 * sets `req.locale` from its `locale` option on the request it is given, which would turn the
 * ongoing save into an all-locales save; the request's locales are put back afterwards.
 */
export async function readAllLocales(req: PayloadRequest, collection: CollectionSlug, id: number | string) {
  const { locale, fallbackLocale } = req;
  try {
    return await req.payload.findByID({ collection, id, locale: 'all', draft: true, depth: 0, overrideAccess: true, req });
  } finally {
    req.locale = locale;
    req.fallbackLocale = fallbackLocale;
  }
}
