import type { Locale, PortalId } from '@portals/content-models';
import type { Payload } from 'payload';
import { confirmationMail, confirmationTtlDays } from './confirmationMail.ts';
import { endpointUrl } from './newsletterLinks.ts';
import { signNewsletterToken } from './newsletterToken.ts';

export interface SubscriptionRequest {
  portal: PortalId;
  locale: Locale;
  email: string;
}

/**
 * Records a sign-up (pending until its link is followed) and e-mails the confirmation link.
 * A confirmed address gets nothing new and an unsubscribed one starts over: the caller answers
 * every request the same way, so the form never tells whether an address is known. The e-mail
 * is sent in the background, so the answer takes as long either way.
 */
export async function requestSubscription(
  payload: Payload,
  { portal, locale, email }: SubscriptionRequest,
  now: Date = new Date(),
): Promise<void> {
  const address = email.trim().toLowerCase();
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { and: [{ portal: { equals: portal } }, { email: { equals: address } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  const known = docs[0];
  if (known?.state === 'confirmed') return;
  const subscriber = known
    ? await payload.update({
        collection: 'subscribers',
        id: known.id,
        data: { state: 'pending', locale },
        overrideAccess: true,
      })
    : await payload
        .create({
          collection: 'subscribers',
          data: { portal, locale, email: address, state: 'pending' },
          overrideAccess: true,
        })
        // Two sign-ups of one address at once: the unique index lets one through, which sends
        // the e-mail; the other has nothing more to do.
        .catch(() => null);
  if (!subscriber) return;
  const expiresAt = new Date(now.getTime() + confirmationTtlDays * 86_400_000);
  const token = signNewsletterToken(payload.config.secret, 'confirm', subscriber.id, expiresAt);
  const link = endpointUrl(payload.config.serverURL, 'confirm', { portal, locale }, token);
  payload
    .sendEmail({ to: address, ...confirmationMail(portal, locale, link) })
    .catch((error: unknown) => {
      payload.logger.error({ err: error, portal }, 'Newsletter confirmation e-mail not sent');
    });
}
