import type { Endpoint } from 'payload';
import { refusal } from '../input/refuse.ts';
import { bodyText, inboxMessage } from './inboxMessage.ts';
import { plainTextToLexical } from './plainTextToLexical.ts';

/**
 * `POST /api/messages/:id/faq` `{ question? }`: turns an answered question into a draft FAQ
 * entry of its portal and theme, in its language: the question (the one given, else the
 * message's subject) and the reply, nothing about the reader. The draft then follows the
 * FAQ's workflow (the theme's referent validates it before anyone publishes it). Created as
 * the logged-in user, so only someone who may write FAQ entries for that portal can.
 */
export const faqFromQuestionEndpoint: Endpoint = {
  path: '/:id/faq',
  method: 'post',
  handler: async (req) => {
    const message = await inboxMessage(req);
    if (message instanceof Response) return message;
    const reply = message.reply?.trim();
    if (message.kind !== 'question' || message.theme == null || !reply) {
      return refusal(
        400,
        'Seule une question à laquelle on a répondu peut devenir une question fréquente',
        'Alleen een beantwoorde vraag kan een veelgestelde vraag worden',
      );
    }
    const question = (await bodyText(req, 'question')) ?? message.subject ?? '';
    const theme = typeof message.theme === 'object' ? message.theme.id : message.theme;
    const entry = await req.payload.create({
      collection: 'faq',
      locale: message.locale,
      draft: true,
      data: {
        question: question.slice(0, 300),
        answer: plainTextToLexical(reply),
        themes: [theme],
        portals: [message.portal],
        _status: 'draft',
      },
      overrideAccess: false,
      req,
    });
    await req.payload.update({
      collection: 'messages',
      id: message.id,
      data: { faqEntry: entry.id },
      overrideAccess: true,
      req,
    });
    return Response.json({ id: entry.id }, { status: 201 });
  },
};
