import { demoAdminPassword, type CmsEnv } from '../env.ts';

/**
 * Stops a production seed that would create the demo administrator with the password the
 * README prints for everyone: the variable to set is named in the message.
 */
export function refuseDemoPassword(env: Pick<CmsEnv, 'NODE_ENV' | 'CMS_ADMIN_PASSWORD'>): void {
  if (env.NODE_ENV === 'production' && env.CMS_ADMIN_PASSWORD === demoAdminPassword) {
    throw new Error(
      'Refusing to create the administrator with the demo password in production: ' +
        'set CMS_ADMIN_PASSWORD (12 characters or more, not a common one) and CMS_ADMIN_EMAIL.',
    );
  }
}
