import type { Payload } from 'payload';
import { deliverBatch } from './deliverBatch.ts';
import { editionContent } from './editionContent.ts';

/** Recipients per batch: the report is saved after each, so progress shows as it goes. */
export const defaultBatchSize = 50;

export interface SendOptions {
  /** @default 50 */
  batchSize?: number;
  /** Stop after this many batches (tests: an interruption between two batches). */
  maxBatches?: number;
}

async function countDeliveries(payload: Payload, edition: number | string, state?: string) {
  const { totalDocs } = await payload.count({
    collection: 'newsletter-deliveries',
    where: {
      and: [{ edition: { equals: edition } }, ...(state ? [{ state: { equals: state } }] : [])],
    },
    overrideAccess: true,
  });
  return totalDocs;
}

/** The report as the delivery records say it; `bounced` is kept as counted while sending. */
export async function refreshReport(payload: Payload, id: number | string, bouncedSoFar: number) {
  const [recipients, sent, failed] = await Promise.all([
    countDeliveries(payload, id),
    countDeliveries(payload, id, 'sent'),
    countDeliveries(payload, id, 'failed'),
  ]);
  return { recipients, sent, failed, bounced: bouncedSoFar };
}

/**
 * Sends an edition that is `sending` to its pending deliveries, batch after batch, saving the
 * report after each; when none is left, marks it `sent`. Safe to run again after a restart or
 * a second click: only pending deliveries are sent, each claimed before its SMTP call. Two
 * runs of one edition never overlap (the job's concurrency key).
 */
export async function sendEdition(
  payload: Payload,
  id: number | string,
  { batchSize = defaultBatchSize, maxBatches = Infinity }: SendOptions = {},
): Promise<'sent' | 'interrupted' | 'not-sending'> {
  const edition = await payload.findByID({
    collection: 'newsletter-editions',
    id,
    depth: 0,
    overrideAccess: true,
  });
  if (edition.state !== 'sending') return 'not-sending';
  // A run that died between claim and SMTP answer: the mail may have left, so not again.
  await payload.update({
    collection: 'newsletter-deliveries',
    where: { and: [{ edition: { equals: id } }, { state: { equals: 'sending' } }] },
    data: {
      state: 'failed',
      error: 'Interrupted during sending; not sent again to avoid a duplicate.',
    },
    overrideAccess: true,
  });
  const content = await editionContent(payload, id);
  let bounced = edition.report?.bounced ?? 0;
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const outcome = await deliverBatch(payload, content, batchSize);
    if (!outcome) {
      const report = await refreshReport(payload, id, bounced);
      await payload.update({
        collection: 'newsletter-editions',
        id,
        data: { state: 'sent', sentAt: new Date().toISOString(), report },
        overrideAccess: true,
      });
      return 'sent';
    }
    bounced += outcome.bounced;
    const report = await refreshReport(payload, id, bounced);
    await payload.update({
      collection: 'newsletter-editions',
      id,
      data: { report },
      overrideAccess: true,
    });
  }
  return 'interrupted';
}
