import type { Endpoint } from 'payload';
import type { CmsEnv } from '../env.ts';
import { formEndpoint, publicFormOptions, type FormSpec } from '../forms/index.ts';
import { requestSubscription } from './requestSubscription.ts';

/** RFC 5321's longest address. */
const maxEmailLength = 254;

export const subscribeSpec: FormSpec = {
  form: 'newsletter',
  fields: { email: { maxLength: maxEmailLength, required: true, type: 'email' } },
  emailField: 'email',
};

/**
 * `POST /api/newsletter/subscribe?portal=…&locale=…`: the sign-up form, a public form like the
 * reader forms (their guard, and their answer the portal's page may read when it posts in
 * place). Every accepted post gets the same answer (the thank-you page, "check your mailbox",
 * or `{ ok: true }`), whether the address was new, pending, confirmed or gone.
 */
export function subscribeEndpoint(env: Pick<CmsEnv, 'siteUrls'>): Endpoint {
  return formEndpoint(
    '/newsletter/subscribe',
    subscribeSpec,
    async (req, { portal, locale, values }) => {
      await requestSubscription(req.payload, { portal, locale, email: values.email ?? '' });
      return null;
    },
    publicFormOptions(env),
  );
}
