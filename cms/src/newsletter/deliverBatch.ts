import type { NewsletterDelivery, Subscriber } from '@portals/content-models/payload-types';
import type { Payload } from 'payload';
import type { EditionContent } from './editionContent.ts';
import { listUnsubscribeHeaders } from './listUnsubscribeHeaders.ts';
import { endpointUrl } from './newsletterLinks.ts';
import { signNewsletterToken } from './newsletterToken.ts';
import { relationId } from './relationId.ts';
import { renderEdition } from './renderEdition.ts';

/** What one batch did, for the edition's report. */
export interface BatchOutcome {
  sent: number;
  failed: number;
  bounced: number;
}

/** An SMTP refusal of the address itself (5xx to RCPT): sending again would fail again. */
function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

async function deliverOne(
  payload: Payload,
  content: EditionContent,
  delivery: NewsletterDelivery,
  subscriber: Subscriber | undefined,
  outcome: BatchOutcome,
): Promise<void> {
  const mark = (data: Partial<NewsletterDelivery>) =>
    payload.update({
      collection: 'newsletter-deliveries',
      id: delivery.id,
      data,
      overrideAccess: true,
    });
  // Unsubscribed (or deleted) since the send started: not a recipient any more.
  if (!subscriber || subscriber.state !== 'confirmed') {
    await payload.delete({
      collection: 'newsletter-deliveries',
      id: delivery.id,
      overrideAccess: true,
    });
    return;
  }
  // Claimed before the SMTP call: if the process dies during it, the delivery stays
  // `sending` and is never sent again (a possible miss rather than a possible duplicate).
  await mark({ state: 'sending' });
  const token = signNewsletterToken(payload.config.secret, 'unsubscribe', subscriber.id);
  const scope = { portal: subscriber.portal, locale: subscriber.locale };
  const unsubscribeUrl = endpointUrl(payload.config.serverURL, 'unsubscribe', scope, token);
  try {
    await payload.sendEmail({
      to: subscriber.email,
      ...renderEdition(content, unsubscribeUrl),
      headers: listUnsubscribeHeaders(unsubscribeUrl),
    });
    await mark({ state: 'sent', sentAt: new Date().toISOString() });
    outcome.sent += 1;
  } catch (error) {
    await mark({ state: 'failed', error: String((error as Error).message ?? error).slice(0, 500) });
    outcome.failed += 1;
    if (isPermanentRefusal(error)) {
      await payload.update({
        collection: 'subscribers',
        id: subscriber.id,
        data: { bounced: true },
        overrideAccess: true,
      });
      outcome.bounced += 1;
    }
  }
}

/** Sends the edition to the next `size` pending deliveries; none left: returns null. */
export async function deliverBatch(
  payload: Payload,
  content: EditionContent,
  size: number,
): Promise<BatchOutcome | null> {
  const { docs } = await payload.find({
    collection: 'newsletter-deliveries',
    where: { and: [{ edition: { equals: content.id } }, { state: { equals: 'pending' } }] },
    sort: 'id',
    limit: size,
    depth: 0,
    overrideAccess: true,
  });
  if (docs.length === 0) return null;
  const subscribers = await payload.find({
    collection: 'subscribers',
    where: { id: { in: docs.map((doc) => relationId(doc.subscriber)) } },
    limit: docs.length,
    depth: 0,
    overrideAccess: true,
  });
  const byId = new Map(subscribers.docs.map((doc) => [String(doc.id), doc]));
  const outcome: BatchOutcome = { sent: 0, failed: 0, bounced: 0 };
  for (const delivery of docs) {
    await deliverOne(
      payload,
      content,
      delivery,
      byId.get(relationId(delivery.subscriber)),
      outcome,
    );
  }
  return outcome;
}
