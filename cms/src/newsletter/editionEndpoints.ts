import type { Endpoint } from 'payload';
import { assembleEdition } from './assembleEdition.ts';
import { editionContent } from './editionContent.ts';
import { editionForEditor } from './editionForEditor.ts';
import { htmlAnswer } from './linkAnswers.ts';
import { portalUrl } from './newsletterLinks.ts';
import { renderEdition } from './renderEdition.ts';
import { refreshReport } from './sendEdition.ts';
import { schedule, unschedule } from './scheduleEndpoints.ts';
import { startSending } from './startSending.ts';
import { newsletterPath } from '@portals/content-models';
import type { NewsletterEdition } from '@portals/content-models/payload-types';

/** In previews and test sends the unsubscribe link goes to the sign-up page: nobody to unsubscribe. */
const sampleUnsubscribeUrl = (edition: NewsletterEdition) =>
  portalUrl(edition.portal, newsletterPath(edition.locale));

/** `POST /api/newsletter-editions/:id/assemble`: fills the items of the period in. */
const assemble: Endpoint = {
  path: '/:id/assemble',
  method: 'post',
  handler: async (req) => {
    const found = await editionForEditor(req);
    if ('refusal' in found) return found.refusal;
    const { edition } = found;
    if (edition.state !== 'draft') {
      return Response.json(
        {
          errors: [
            {
              message: 'Lettre déjà envoyée ou programmée. / Nieuwsbrief al verzonden of gepland.',
            },
          ],
        },
        { status: 409 },
      );
    }
    const items = await assembleEdition(req.payload, edition);
    await req.payload.update({
      collection: 'newsletter-editions',
      id: edition.id,
      data: items,
      overrideAccess: true,
    });
    return Response.json(items);
  },
};

/** `GET /api/newsletter-editions/:id/preview`: the HTML e-mail as it will arrive. */
const preview: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    const found = await editionForEditor(req);
    if ('refusal' in found) return found.refusal;
    const content = await editionContent(req.payload, found.edition.id);
    const wantsText = new URL(req.url ?? '', 'http://cms.invalid').searchParams.has('text');
    const mail = renderEdition(content, sampleUnsubscribeUrl(found.edition));
    if (wantsText) {
      return new Response(mail.text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    return htmlAnswer(mail.html);
  },
};

/** `POST /api/newsletter-editions/:id/test`: sends the edition to the editor alone. */
const testSend: Endpoint = {
  path: '/:id/test',
  method: 'post',
  handler: async (req) => {
    const found = await editionForEditor(req);
    if ('refusal' in found) return found.refusal;
    const to = (req.user as { email?: string } | null)?.email ?? '';
    const content = await editionContent(req.payload, found.edition.id);
    const mail = renderEdition(content, sampleUnsubscribeUrl(found.edition));
    await req.payload.sendEmail({ to, ...mail, subject: `[Test] ${mail.subject}` });
    return Response.json({ sentTo: to });
  },
};

/** `POST /api/newsletter-editions/:id/send`: sends to every confirmed subscriber, once. */
const send: Endpoint = {
  path: '/:id/send',
  method: 'post',
  handler: async (req) => {
    const found = await editionForEditor(req);
    if ('refusal' in found) return found.refusal;
    const outcome = await startSending(req.payload, found.edition.id, req);
    return Response.json({ outcome }, { status: outcome === 'already-sent' ? 409 : 202 });
  },
};

/** `GET /api/newsletter-editions/:id/progress`: the report, counted now. */
const progress: Endpoint = {
  path: '/:id/progress',
  method: 'get',
  handler: async (req) => {
    const found = await editionForEditor(req);
    if ('refusal' in found) return found.refusal;
    const { edition } = found;
    const report = await refreshReport(req.payload, edition.id, edition.report?.bounced ?? 0);
    return Response.json({ state: edition.state, sentAt: edition.sentAt ?? null, report });
  },
};

export const newsletterEditionEndpoints: Endpoint[] = [
  assemble,
  preview,
  testSend,
  send,
  schedule,
  unschedule,
  progress,
];
