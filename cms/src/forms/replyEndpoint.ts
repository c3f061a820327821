import type { Endpoint } from 'payload';
import { refusal } from '../input/refuse.ts';
import { replyMail } from './formMails.ts';
import { bodyText, inboxMessage } from './inboxMessage.ts';

/**
 * `POST /api/messages/:id/reply` `{ reply? }`: e-mails the reply (the one given, else the one
 * saved on the message) to the reader in their language, then marks the message answered.
 * Whoever may update the message may answer it: the portal's editors, and for a question the
 * referents of its theme. The e-mail leaves before the state changes: a failed send is
 * reported and the message stays as it was.
 */
export const replyEndpoint: Endpoint = {
  path: '/:id/reply',
  method: 'post',
  handler: async (req) => {
    const message = await inboxMessage(req);
    if (message instanceof Response) return message;
    const reply = (await bodyText(req, 'reply')) ?? message.reply?.trim();
    if (!reply) {
      return refusal(400, 'Écrivez la réponse d’abord', 'Schrijf eerst het antwoord');
    }
    await req.payload.sendEmail({
      to: message.email,
      ...replyMail(message.locale, message.portal, message.subject ?? '', reply),
    });
    await req.payload.update({
      collection: 'messages',
      id: message.id,
      data: { reply, state: 'answered', answeredAt: new Date().toISOString() },
      overrideAccess: false,
      req,
    });
    return Response.json({ ok: true });
  },
};
