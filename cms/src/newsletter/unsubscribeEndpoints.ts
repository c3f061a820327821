import type { Endpoint, PayloadRequest } from 'payload';
import { htmlAnswer, plainAnswer, toResultPage, unknownLink } from './linkAnswers.ts';
import { scopeOf, type LinkScope } from './newsletterLinks.ts';
import { verifyNewsletterToken } from './newsletterToken.ts';
import { unsubscribePage } from './unsubscribePage.ts';

type Checked = { scope: LinkScope; subscriberId: string | null; url: URL } | null;

/** The link's portal and language, and its subscriber when the token holds. */
function readLink(req: PayloadRequest): Checked {
  const url = new URL(req.url ?? '', 'http://cms.invalid');
  const scope = scopeOf(url);
  if (!scope) return null;
  const token = url.searchParams.get('token');
  const check = verifyNewsletterToken(req.payload.config.secret, 'unsubscribe', token);
  return { scope, subscriberId: check.ok ? check.subscriberId : null, url };
}

/** `GET /api/newsletter/unsubscribe?…`: the page with the button (opening it changes nothing). */
export const unsubscribePageEndpoint: Endpoint = {
  path: '/newsletter/unsubscribe',
  method: 'get',
  handler: (req) => {
    const link = readLink(req);
    if (!link) return unknownLink();
    if (!link.subscriberId) return toResultPage(link.scope, 'invalid');
    return htmlAnswer(unsubscribePage(link.scope, `${link.url.pathname}${link.url.search}`));
  },
};

/**
 * `POST /api/newsletter/unsubscribe?…`: the page's button (303 to the portal's
 * "unsubscribed" page) and mail clients' one-click unsubscription (RFC 8058: the body is
 * `List-Unsubscribe=One-Click`; answered 200 with no redirect to follow). Unsubscribing twice
 * is fine; an unknown subscriber (deleted since) gets the same answer.
 */
export const unsubscribeEndpoint: Endpoint = {
  path: '/newsletter/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const link = readLink(req);
    if (!link) return unknownLink();
    const body = (await req.text?.()) ?? '';
    const oneClick = new URLSearchParams(body).get('List-Unsubscribe') === 'One-Click';
    if (!link.subscriberId) {
      return oneClick ? plainAnswer(400, 'Invalid link.') : toResultPage(link.scope, 'invalid');
    }
    const subscriber = await req.payload.findByID({
      collection: 'subscribers',
      id: link.subscriberId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    });
    if (subscriber && subscriber.state !== 'unsubscribed') {
      await req.payload.update({
        collection: 'subscribers',
        id: subscriber.id,
        data: { state: 'unsubscribed', unsubscribedAt: new Date().toISOString() },
        overrideAccess: true,
      });
    }
    return oneClick ? plainAnswer(200, 'Unsubscribed.') : toResultPage(link.scope, 'unsubscribed');
  },
};
