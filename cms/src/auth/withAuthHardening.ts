import type { CollectionConfig, CollectionSlug } from 'payload';
import { env } from '../env.ts';
import { forgotPasswordEndpoint } from './forgotPasswordEndpoint.ts';
import { refuseWeakPassword } from './refuseWeakPassword.ts';
import { forgetLoginFailures, throttleLogins } from './throttleLogins.ts';

/**
 * The accounts collection, hardened for the open internet: strong passwords, logins
 * throttled per address and client (Payload's own lock, per address alone, let anyone lock
 * an admin out for good and told which addresses exist), the same answer and timing for
 * known and unknown addresses, and a `Secure` session cookie over HTTPS.
 */
export function withAuthHardening(collection: CollectionConfig): CollectionConfig {
  const auth = typeof collection.auth === 'object' ? collection.auth : {};
  const hooks = collection.hooks ?? {};
  return {
    ...collection,
    auth: {
      ...auth,
      maxLoginAttempts: 0,
      cookies: { ...auth.cookies, secure: env.CMS_COOKIE_SECURE, sameSite: 'Lax' },
    },
    endpoints: [
      forgotPasswordEndpoint(collection.slug as CollectionSlug),
      ...(collection.endpoints || []),
    ],
    hooks: {
      ...hooks,
      beforeOperation: [throttleLogins, refuseWeakPassword, ...(hooks.beforeOperation ?? [])],
      afterLogin: [...(hooks.afterLogin ?? []), forgetLoginFailures],
    },
  };
}
