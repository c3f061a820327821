import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import type { ContentKind, KitEntry } from '../kit/contract.ts';
import { loaderSourceDigest } from './loaderSourceDigest.ts';
import { readKind, readKindVersions } from './readKind.ts';
import { describeSync, syncCollection } from './syncCollection.ts';

export interface CmsLoaderOptions<Doc extends { id: string }, Entry extends KitEntry> {
  /** The content kind whose collection fills this content collection (`articleKind`…). */
  kind: ContentKind<Doc, Entry>;
  /** The portal id whose content is read, e.g. `hospichild`. */
  portal: string;
  /** Base URL of the CMS (the CMS_URL variable). */
  cmsUrl: string;
  /** Injected in tests. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /**
   * Leave the store untouched and read nothing: for `astro check`, which needs the
   * collection's types (from `schema`) but not its content, so it runs without a CMS.
   * @default false
   */
  typesOnly?: boolean;
}

/**
 * Astro content-layer loader for one CMS collection of one portal, driven by its content kind,
 * and incremental: each build lists the ids and `updatedAt` of the portal's documents, reads in
 * full only the new and changed ones and deletes the entries of the others (`syncCollection`).
 * The first build, and any build after the loader's code, schema or CMS address changed, reads
 * everything. Any CMS failure throws.
 */
export function cmsLoader<Doc extends { id: string }, Entry extends KitEntry>(
  options: CmsLoaderOptions<Doc, Entry>,
): Loader & { schema: ContentKind<Doc, Entry>['entrySchema'] } {
  const { kind } = options;
  return {
    name: `portals-cms-${kind.name}`,
    schema: options.kind.entrySchema,
    load: async (context) => {
      const { logger } = context;
      if (options.typesOnly) {
        logger.info(`types only: ${kind.name} not read from the CMS`);
        return;
      }
      logger.info(`syncing ${kind.name} of "${options.portal}" from ${options.cmsUrl}`);
      const code = loaderSourceDigest();
      const format =
        code &&
        context.generateDigest({
          code,
          schema: z.toJSONSchema(kind.entrySchema),
          portal: options.portal,
          cmsUrl: options.cmsUrl,
        });
      const source = {
        listVersions: (read: Parameters<typeof readKind>[1]) => readKindVersions(kind, read),
        read: (read: Parameters<typeof readKind>[1]) => readKind(kind, read),
      };
      const { portal, cmsUrl, fetch } = options;
      const read = { portal, cmsUrl, fetch, logger, format };
      const report = await syncCollection(context, source, read);
      logger.info(describeSync(kind.name, report));
      kind.afterSync?.(
        context.store.values().map((entry) => entry.data as Entry),
        logger,
      );
    },
  };
}
