import type { PayloadRequest } from 'payload';
import type { FormMail } from './formMails.ts';

/**
 * Sends without holding up the answer to the reader: a slow or absent mail server must not
 * turn an accepted post into an error (the message is stored; the staff see it in the admin).
 */
export function sendQuietly(req: PayloadRequest, to: readonly string[], mail: FormMail): void {
  const recipients = [...new Set(to)].filter(Boolean);
  if (recipients.length === 0) return;
  req.payload.sendEmail({ to: recipients, ...mail }).catch((error: unknown) => {
    req.payload.logger.error({
      err: error,
      msg: `Form e-mail "${mail.subject}" could not be sent`,
    });
  });
}
