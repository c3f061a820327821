import type { Locale, PortalId } from '@portals/content-models';
import type { Payload } from 'payload';

/** A subscriber as the sign-up leaves it once confirmed (or in another state when said). */
export function createSubscriber(
  payload: Payload,
  email: string,
  {
    portal = 'hospichild',
    locale = 'fr',
    state = 'confirmed',
    bounced = false,
  }: {
    portal?: PortalId;
    locale?: Locale;
    state?: 'pending' | 'confirmed' | 'unsubscribed';
    bounced?: boolean;
  } = {},
) {
  return payload.create({
    collection: 'subscribers',
    data: { email, portal, locale, state, bounced },
    overrideAccess: true,
  });
}

/** The month now in Brussels, `YYYY-MM`: the period whose news were published today. */
export function currentPeriod(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value;
  return `${part('year')}-${part('month')}`;
}

/** A session header for REST calls as `email`. */
export async function authorization(payload: Payload, email: string, password: string) {
  const { token } = await payload.login({ collection: 'users', data: { email, password } });
  return { authorization: `JWT ${token ?? ''}` };
}
