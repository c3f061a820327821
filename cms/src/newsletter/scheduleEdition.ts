import type { Payload, PayloadRequest } from 'payload';
import { defaultSendingTime } from './firstWorkingDay.ts';
import { sendEditionTaskSlug } from './sendEditionTaskSlug.ts';

/**
 * Schedules a draft edition: `scheduled` at `at` (by default 9:00 on the first working day of
 * the month after its period), with a job on the queue that waits until then. Putting it back
 * to draft cancels it: the job then finds nothing to send.
 */
export async function scheduleEdition(
  payload: Payload,
  id: number | string,
  at?: Date,
  req?: PayloadRequest,
): Promise<Date | null> {
  const edition = await payload.findByID({
    collection: 'newsletter-editions',
    id,
    depth: 0,
    overrideAccess: true,
  });
  if (edition.state !== 'draft') return null;
  const when = at ?? defaultSendingTime(edition.period);
  await payload.update({
    collection: 'newsletter-editions',
    id,
    data: { state: 'scheduled', scheduledAt: when.toISOString() },
    overrideAccess: true,
  });
  await payload.jobs.queue({
    task: sendEditionTaskSlug,
    input: { edition: String(id) },
    waitUntil: when,
    req,
  });
  return when;
}

/** Back to draft: a scheduled edition that has not left yet. */
export async function unscheduleEdition(payload: Payload, id: number | string): Promise<boolean> {
  const edition = await payload.findByID({
    collection: 'newsletter-editions',
    id,
    depth: 0,
    overrideAccess: true,
  });
  if (edition.state !== 'scheduled') return false;
  await payload.update({
    collection: 'newsletter-editions',
    id,
    data: { state: 'draft', scheduledAt: null },
    overrideAccess: true,
  });
  return true;
}
