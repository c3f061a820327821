import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { unresolvedArticleLinks } from '../site/articleLinkResolver.ts';
import { loaderSourceDigest } from './loaderSourceDigest.ts';
import { readArticleVersions, readSiteArticles } from './readSiteArticles.ts';
import { readSectionVersions, readSiteSections } from './readSiteSections.ts';
import { siteArticleSchema, type SiteArticle } from './siteArticleSchema.ts';
import { siteSectionSchema, type SiteSection } from './siteSectionSchema.ts';
import {
  describeSync,
  syncCollection,
  type SyncedEntry,
  type SyncSource,
} from './syncCollection.ts';

export interface CmsLoaderOptions<C extends 'articles' | 'sections'> {
  /** Which CMS collection fills this content collection. */
  collection: C;
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

interface CollectionSource<E extends SyncedEntry, S> extends SyncSource<E> {
  schema: S;
}

const sources: {
  articles: CollectionSource<SiteArticle, typeof siteArticleSchema>;
  sections: CollectionSource<SiteSection, typeof siteSectionSchema>;
} = {
  articles: {
    schema: siteArticleSchema,
    listVersions: readArticleVersions,
    read: readSiteArticles,
  },
  sections: {
    schema: siteSectionSchema,
    listVersions: readSectionVersions,
    read: readSiteSections,
  },
};

type Schemas = { [C in keyof typeof sources]: (typeof sources)[C]['schema'] };

/**
 * Astro content-layer loader for one CMS collection of one portal, incremental: each build
 * lists the ids and `updatedAt` of the portal's documents, reads in full only the new and
 * changed ones and deletes the entries of the others (`syncCollection`). The first build, and
 * any build after the loader's code, schema or CMS address changed, reads everything. Any CMS
 * failure throws.
 */
export function cmsLoader<C extends 'articles' | 'sections'>(
  options: CmsLoaderOptions<C>,
): Loader & { schema: Schemas[C] } {
  const source = sources[options.collection];
  return {
    name: `portals-cms-${options.collection}`,
    schema: source.schema as Schemas[C],
    load: async (context) => {
      const { logger } = context;
      if (options.typesOnly) {
        logger.info(`types only: ${options.collection} not read from the CMS`);
        return;
      }
      logger.info(`syncing ${options.collection} of "${options.portal}" from ${options.cmsUrl}`);
      const code = loaderSourceDigest();
      const format =
        code &&
        context.generateDigest({
          code,
          schema: z.toJSONSchema(source.schema),
          portal: options.portal,
          cmsUrl: options.cmsUrl,
        });
      const report = await syncCollection<SiteArticle | SiteSection>(context, source, {
        ...options,
        logger,
        format,
      });
      logger.info(describeSync(options.collection, report));
      if (options.collection === 'articles') {
        // Links are resolved by the pages; say here, once per build, which ones will not be.
        const articles = context.store.values().map((entry) => entry.data as SiteArticle);
        for (const warning of unresolvedArticleLinks(articles)) logger.warn(warning);
      }
    },
  };
}
