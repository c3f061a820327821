import type { TaskConfig } from 'payload';
import { sendEdition } from './sendEdition.ts';

export const sendEditionTaskSlug = 'sendNewsletterEdition';

/**
 * The job that sends one edition (default queue, so a restart picks it up where the delivery
 * records say). One run per edition at a time; a failed run is retried, which sends only to
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
    const outcome = await sendEdition(req.payload, input.edition);
    return { output: { outcome } };
  },
};
