import type { TaskConfig } from 'payload';
import { sendEdition } from './sendEdition.ts';
import { sendEditionTaskSlug } from './sendEditionTaskSlug.ts';
import { beginSending } from './startSending.ts';

/**
 * The job that sends one edition, queued by "send" or, waiting until its time, by "schedule"
 * (default queue, so a restart picks it up where the delivery records say). One run per edition at a time; a failed run is retried, which sends only to
 * the deliveries still pending.
 */
export const sendEditionTask: TaskConfig<'sendNewsletterEdition'> = {
  slug: sendEditionTaskSlug,
  label: 'Send a newsletter edition',
  inputSchema: [{ name: 'edition', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: 3,
  concurrency: {
    key: ({ input }) => `newsletter:${input.edition}`,
    exclusive: true,
    supersedes: false,
  },
  handler: async ({ input, req }) => {
    const { payload } = req;
    const edition = await payload.findByID({
      collection: 'newsletter-editions',
      id: input.edition,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    });
    // A scheduled edition whose time has come (one put back to draft, or moved later, waits).
    const due = edition?.scheduledAt && new Date(edition.scheduledAt).getTime() <= Date.now();
    if (edition?.state === 'scheduled' && due) await beginSending(payload, edition);
    const outcome = await sendEdition(payload, input.edition);
    return { output: { outcome } };
  },
};
