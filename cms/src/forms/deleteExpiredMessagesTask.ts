import type { TaskConfig } from 'payload';
import { deleteExpiredMessages } from './deleteExpiredMessages.ts';

export const deleteExpiredMessagesSlug = 'deleteExpiredMessages';

/**
 * The retention job (issue #12): every night at 03:15, deletes the inbox messages past their
 * portal's retention period. Scheduled on the default queue, which the CMS process runs.
 */
export const deleteExpiredMessagesTask: TaskConfig<'deleteExpiredMessages'> = {
  slug: deleteExpiredMessagesSlug,
  label: 'Delete expired inbox messages',
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  retries: 1,
  schedule: [{ cron: '15 3 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: { deleted: await deleteExpiredMessages(req.payload) } }),
};
