import type { CollectionSlug, PayloadRequest } from 'payload';
import { keepRequestLocale } from '../requestLocale.ts';

/** The stored document in every locale, read inside the request's transaction. */
export function readAllLocales(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
) {
  return keepRequestLocale(req, () =>
    req.payload.findByID({
      collection,
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  );
}
