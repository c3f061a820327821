import type { NewsletterEdition } from '@portals/content-models/payload-types';
import { relationId } from './relationId.ts';
import type { Payload } from 'payload';

const page = 500;

/**
 * Writes one pending delivery per confirmed subscriber of the edition's portal and language
 * who has none yet (unique edition × subscriber: running this twice adds nobody twice).
 * Addresses flagged as bouncing are left out and counted. Returns that count.
 */
export async function prepareDeliveries(
  payload: Payload,
  edition: NewsletterEdition,
): Promise<number> {
  const done = new Set<string>();
  for (let pageNumber = 1; ; pageNumber += 1) {
    const existing = await payload.find({
      collection: 'newsletter-deliveries',
      where: { edition: { equals: edition.id } },
      select: { subscriber: true },
      depth: 0,
      limit: page,
      page: pageNumber,
      overrideAccess: true,
    });
    for (const doc of existing.docs) done.add(relationId(doc.subscriber));
    if (!existing.hasNextPage) break;
  }
  let bounced = 0;
  for (let pageNumber = 1; ; pageNumber += 1) {
    const subscribers = await payload.find({
      collection: 'subscribers',
      where: {
        and: [
          { portal: { equals: edition.portal } },
          { locale: { equals: edition.locale } },
          { state: { equals: 'confirmed' } },
        ],
      },
      sort: 'id',
      depth: 0,
      limit: page,
      page: pageNumber,
      overrideAccess: true,
    });
    for (const subscriber of subscribers.docs) {
      if (subscriber.bounced) {
        bounced += 1;
        continue;
      }
      if (done.has(String(subscriber.id))) continue;
      await payload
        .create({
          collection: 'newsletter-deliveries',
          data: {
            edition: edition.id,
            subscriber: subscriber.id,
            email: subscriber.email,
            state: 'pending',
          },
          overrideAccess: true,
        })
        // Another run wrote it meanwhile: the unique index keeps one.
        .catch(() => undefined);
    }
    if (!subscribers.hasNextPage) break;
  }
  return bounced;
}
