import type { Endpoint } from 'payload';
import { clientOf } from '../auth/clientOf.ts';
import {
  allowPortalOrigin,
  formThrottle,
  guardSubmission,
  portalSiteUrls,
  type FormSpec,
} from '../forms/index.ts';
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
    const request = req as unknown as Request;
    const siteUrls = portalSiteUrls();
    const guarded = await guardSubmission(request, subscribeSpec, {
      siteUrls,
      throttle: formThrottle,
      client: clientOf(req),
    });
    // The sign-up page posts in place from the portal's origin: without this header its script
    // could not read the answer and fell back to the plain post every time.
    if (!guarded.accepted) return allowPortalOrigin(guarded.answer, request, siteUrls);
    const { portal, locale, values } = guarded.submission;
    await requestSubscription(req.payload, { portal, locale, email: values.email ?? '' });
    return allowPortalOrigin(guarded.answer, request, siteUrls);
  },
};
