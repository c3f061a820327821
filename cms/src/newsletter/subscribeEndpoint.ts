import type { Endpoint } from 'payload';
import { clientOf } from '../auth/clientOf.ts';
import { formThrottle, guardSubmission, portalSiteUrls, type FormSpec } from '../forms/index.ts';
import { requestSubscription } from './requestSubscription.ts';

/** RFC 5321's longest address. */
const maxEmailLength = 254;

export const subscribeSpec: FormSpec = {
  form: 'newsletter',
  fields: { email: { maxLength: maxEmailLength, required: true, type: 'email' } },
  emailField: 'email',
};

/**
 * `POST /api/newsletter/subscribe?portal=…&locale=…`: the sign-up form, through the public
 * forms' guard. Every accepted post gets the same answer (the thank-you page, "check your
 * mailbox", or `{ ok: true }`), whether the address was new, pending, confirmed or gone.
 */
export const subscribeEndpoint: Endpoint = {
  path: '/newsletter/subscribe',
  method: 'post',
  handler: async (req) => {
    const guarded = await guardSubmission(req as unknown as Request, subscribeSpec, {
      siteUrls: portalSiteUrls(),
      throttle: formThrottle,
      client: clientOf(req),
    });
    if (!guarded.accepted) return guarded.answer;
    const { portal, locale, values } = guarded.submission;
    await requestSubscription(req.payload, { portal, locale, email: values.email ?? '' });
    return guarded.answer;
  },
};
