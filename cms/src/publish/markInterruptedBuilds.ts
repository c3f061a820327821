import { collectionSlugs } from '@portals/content-models';
import type { Payload } from 'payload';

/**
 * A build runs inside the CMS process: if the CMS stopped during one, its record still says
 * `running`. At start-up such records are closed as failed, with the reason, so the admin
 * does not promise a publication that will never come. (Queued builds keep their job and run.)
 */
export async function markInterruptedBuilds(payload: Payload): Promise<void> {
  const now = new Date().toISOString();
  try {
    await payload.update({
      collection: collectionSlugs.builds,
      where: { status: { equals: 'running' } },
      data: {
        status: 'failed',
        finishedAt: now,
        error:
          'Interrupted: the CMS stopped during this build. The next change rebuilds the portal.',
      },
      depth: 0,
      overrideAccess: true,
    });
  } catch (error) {
    // A database not migrated yet has no builds table: nothing can have been interrupted.
    payload.logger.warn(`Could not close interrupted builds: ${(error as Error).message}`);
  }
}
