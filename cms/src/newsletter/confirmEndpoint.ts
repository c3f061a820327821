import type { Endpoint } from 'payload';
import { toResultPage, unknownLink } from './linkAnswers.ts';
import { scopeOf } from './newsletterLinks.ts';
import { verifyNewsletterToken } from './newsletterToken.ts';

/**
 * `GET /api/newsletter/confirm?portal=…&locale=…&token=…`: the link of the confirmation
 * e-mail. Confirms the subscription, then sends the reader to the portal's "confirmed" page;
 * an altered, expired or superseded link lands on its "invalid link" page.
 */
export const confirmEndpoint: Endpoint = {
  path: '/newsletter/confirm',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '', 'http://cms.invalid');
    const scope = scopeOf(url);
    if (!scope) return unknownLink();
    const check = verifyNewsletterToken(
      req.payload.config.secret,
      'confirm',
      url.searchParams.get('token'),
    );
    if (!check.ok) return toResultPage(scope, 'invalid');
    const subscriber = await req.payload.findByID({
      collection: 'subscribers',
      id: check.subscriberId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    });
    // Unsubscribed since: an old confirmation link must not sign the address up again.
    if (!subscriber || subscriber.state === 'unsubscribed') return toResultPage(scope, 'invalid');
    if (subscriber.state === 'pending') {
      await req.payload.update({
        collection: 'subscribers',
        id: subscriber.id,
        data: { state: 'confirmed', confirmedAt: new Date().toISOString() },
        overrideAccess: true,
      });
    }
    return toResultPage({ portal: subscriber.portal, locale: subscriber.locale }, 'confirmed');
  },
};
