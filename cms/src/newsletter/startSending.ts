import type { NewsletterEdition } from '@portals/content-models/payload-types';
import type { Payload, PayloadRequest } from 'payload';
import { prepareDeliveries } from './prepareDeliveries.ts';
import { sendEditionTaskSlug } from './sendEditionTaskSlug.ts';

export type StartOutcome = 'started' | 'already-sending' | 'already-sent';

/** A draft or scheduled edition becomes `sending`, with one delivery per confirmed subscriber. */
export async function beginSending(payload: Payload, edition: NewsletterEdition): Promise<void> {
  const bounced = await prepareDeliveries(payload, edition);
  await payload.update({
    collection: 'newsletter-editions',
    id: edition.id,
    data: { state: 'sending', report: { recipients: 0, sent: 0, failed: 0, bounced } },
    overrideAccess: true,
  });
}

/**
 * "Send": the edition becomes `sending` (see `beginSending`) and a job on the queue sends it.
 * A second click while it is sending only queues another run, which finds nothing left to
 * send to anyone already served.
 */
export async function startSending(
  payload: Payload,
  id: number | string,
  req?: PayloadRequest,
): Promise<StartOutcome> {
  const edition = await payload.findByID({
    collection: 'newsletter-editions',
    id,
    depth: 0,
    overrideAccess: true,
  });
  if (edition.state === 'sent') return 'already-sent';
  const wasSending = edition.state === 'sending';
  if (!wasSending) await beginSending(payload, edition);
  await payload.jobs.queue({ task: sendEditionTaskSlug, input: { edition: String(id) }, req });
  return wasSending ? 'already-sending' : 'started';
}
