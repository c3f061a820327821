import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { revisionReasons } from '@portals/content-models';
import type { KitLoaderOptions } from '../../kit/contract.ts';
import { readRevisions } from './readRevisions.ts';

/**
 * The `revisions` collection: read in full on every build, never incrementally, because what
 * it says changes with the clock (a review date passing) and with drafts, neither of which
 * touches a published document's `updatedAt`.
 */
export function revisionsLoader({ portal, cmsUrl, typesOnly }: KitLoaderOptions): Loader {
  return {
    name: 'portal-revisions',
    schema: z.object({
      id: z.string(),
      updatedAt: z.string(),
      reason: z.enum(revisionReasons),
    }),
    load: async ({ store, logger }) => {
      if (typesOnly) return;
      const revisions = await readRevisions({ cmsUrl, portal });
      store.clear();
      const now = new Date().toISOString();
      for (const revision of revisions) {
        store.set({ id: revision.id, data: { ...revision, updatedAt: now } });
      }
      logger.info(`revisions: ${revisions.length} published article(s) under revision`);
    },
  };
}
