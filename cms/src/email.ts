import { nodemailerAdapter } from '@payloadcms/email-nodemailer';
import type { EmailAdapter } from 'payload';
import type { CmsEnv } from './env.ts';

// TODO(#3): drop once @payloadcms/email-nodemailer is published at the payload version in use.
// The adapter exists at 3.90.1 only, beside payload 3.90.2 (the root package.json overrides its
// peer dependency; its API did not change). Payload's development-time version check rejects
// that pair with an unhandled rejection that stops scripts such as the seed, so it is skipped.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true';

/** Seconds an unreachable SMTP server may hold up start-up checks and sends. */
const smtpTimeoutMs = 5_000;

/**
 * Payload's nodemailer adapter on the SMTP server of the environment, or undefined, in which
 * case Payload prints e-mails to the console: a development machine without a mail server
 * still works. A wrong server is reported at start-up and on each failed send, never fatal.
 */
export function emailAdapter(env: CmsEnv): Promise<EmailAdapter> | undefined {
  if (!env.CMS_SMTP_HOST) return undefined;
  return nodemailerAdapter({
    defaultFromAddress: env.CMS_MAIL_FROM,
    defaultFromName: 'Portails',
    transportOptions: {
      host: env.CMS_SMTP_HOST,
      port: env.CMS_SMTP_PORT,
      secure: env.CMS_SMTP_PORT === 465,
      auth: env.CMS_SMTP_USER
        ? { user: env.CMS_SMTP_USER, pass: env.CMS_SMTP_PASSWORD }
        : undefined,
      connectionTimeout: smtpTimeoutMs,
      greetingTimeout: smtpTimeoutMs,
    },
  });
}
