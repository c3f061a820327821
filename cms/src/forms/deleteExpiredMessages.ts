import { portalIds } from '@portals/content-models';
import type { Payload } from 'payload';

/** Days a message is kept when the portal record sets nothing (the field's default). */
export const defaultRetentionDays = 365;
const day = 24 * 60 * 60_000;

/**
 * Deletes the inbox messages older than their portal's retention period (the portal record's
 * `messageRetentionDays`), portal by portal; returns how many went. What the consent line of
 * the forms promises.
 */
export async function deleteExpiredMessages(payload: Payload, now = new Date()): Promise<number> {
  const { docs: records } = await payload.find({
    collection: 'portals',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  });
  let deleted = 0;
  for (const portal of portalIds) {
    const days =
      records.find((record) => record.portal === portal)?.messageRetentionDays ??
      defaultRetentionDays;
    const before = new Date(now.getTime() - days * day).toISOString();
    const result = await payload.delete({
      collection: 'messages',
      where: { and: [{ portal: { equals: portal } }, { createdAt: { less_than: before } }] },
      overrideAccess: true,
    });
    deleted += result.docs.length;
  }
  return deleted;
}
