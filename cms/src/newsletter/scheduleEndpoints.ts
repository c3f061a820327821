import type { Endpoint } from 'payload';
import { z } from 'zod';
import { editionForEditor } from './editionForEditor.ts';
import { scheduleEdition, unscheduleEdition } from './scheduleEdition.ts';

const scheduleBody = z.object({
  at: z.iso.datetime({ offset: true, error: 'at: expected an ISO date' }).optional(),
});

/**
 * `POST /api/newsletter-editions/:id/schedule` (`{ at? }`, default: the first working day of
 * the month after the period, 9:00): a job sends the edition then.
 */
export const schedule: Endpoint = {
  path: '/:id/schedule',
  method: 'post',
  handler: async (req) => {
    const found = await editionForEditor(req);
    if ('refusal' in found) return found.refusal;
    const body = scheduleBody.safeParse(await req.json?.().catch(() => ({})));
    if (!body.success) {
      return Response.json(
        { errors: [{ message: body.error.issues[0]?.message }] },
        { status: 400 },
      );
    }
    const at = body.data.at ? new Date(body.data.at) : undefined;
    const when = await scheduleEdition(req.payload, found.edition.id, at, req);
    if (!when) {
      return Response.json(
        {
          errors: [
            { message: 'Seul un brouillon se programme. / Alleen een concept kan gepland worden.' },
          ],
        },
        { status: 409 },
      );
    }
    return Response.json({ scheduledAt: when.toISOString() });
  },
};

/** `POST /api/newsletter-editions/:id/unschedule`: back to draft before it leaves. */
export const unschedule: Endpoint = {
  path: '/:id/unschedule',
  method: 'post',
  handler: async (req) => {
    const found = await editionForEditor(req);
    if ('refusal' in found) return found.refusal;
    const done = await unscheduleEdition(req.payload, found.edition.id);
    return Response.json(
      { state: done ? 'draft' : found.edition.state },
      { status: done ? 200 : 409 },
    );
  },
};
