import { isPortalId } from '@portals/content-models';
import type { TaskConfig } from 'payload';
import { rebuildTaskSlug } from './queueRebuild.ts';
import type { PublishSettings } from './publishSettings.ts';
import { runBuild } from './runBuild.ts';

/**
 * The job that rebuilds one portal. One concurrency key per portal: `exclusive` keeps two
 * builds of a portal apart (an edit during a build queues the next one, which waits), and
 * `supersedes` leaves only the newest pending job of a burst. A failed build is recorded on
 * its build record and not retried: the next edit, or a manual rebuild, tries again.
 */
export function rebuildPortalTask(settings: PublishSettings): TaskConfig<'rebuildPortal'> {
  return {
    slug: rebuildTaskSlug,
    label: 'Rebuild a portal',
    inputSchema: [{ name: 'portal', type: 'text', required: true }],
    outputSchema: [
      { name: 'buildId', type: 'text', required: true },
      { name: 'status', type: 'text', required: true },
    ],
    retries: 0,
    concurrency: {
      key: ({ input }) => `rebuild:${input.portal}`,
      exclusive: true,
      supersedes: true,
    },
    handler: async ({ input, req }) => {
      if (!isPortalId(input.portal)) throw new Error(`Unknown portal "${input.portal}".`);
      const outcome = await runBuild(req.payload, input.portal, settings);
      return { output: { buildId: String(outcome.buildId), status: outcome.status } };
    },
  };
}
