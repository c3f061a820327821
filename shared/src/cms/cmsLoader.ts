import type { Loader } from 'astro/loaders';
import { unresolvedArticleLinks } from '../site/articleLinkResolver.ts';
import { readSiteArticles, type ReadOptions } from './readSiteArticles.ts';
import { readSiteSections } from './readSiteSections.ts';
import { siteArticleSchema, type SiteArticle } from './siteArticleSchema.ts';
import { siteSectionSchema, type SiteSection } from './siteSectionSchema.ts';

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

const readers = {
  articles: { read: readSiteArticles, schema: siteArticleSchema },
  sections: { read: readSiteSections, schema: siteSectionSchema },
} as const;

type Schemas = { articles: typeof siteArticleSchema; sections: typeof siteSectionSchema };

/**
 * Astro content-layer loader for one CMS collection of one portal. Every build reads the
 * whole collection again (a few hundred documents take well under a second) and replaces
 * the store, so unpublished or deleted documents never linger. Any CMS failure throws.
 */
export function cmsLoader<C extends 'articles' | 'sections'>(
  options: CmsLoaderOptions<C>,
): Loader & { schema: Schemas[C] } {
  const reader = readers[options.collection];
  return {
    name: `portals-cms-${options.collection}`,
    schema: reader.schema as Schemas[C],
    load: async (context) => {
      const { store, logger, meta } = context;
      if (options.typesOnly) {
        logger.info(`types only: ${options.collection} not read from the CMS`);
        return;
      }
      logger.info(`reading ${options.collection} of "${options.portal}" from ${options.cmsUrl}`);
      const readOptions: ReadOptions = { ...options, logger };
      const entries: (SiteArticle | SiteSection)[] = await reader.read(readOptions);
      store.clear();
      for (const entry of entries) {
        const data = await context.parseData({ id: entry.id, data: { ...entry } });
        store.set({ id: entry.id, data, digest: context.generateDigest(data) });
      }
      if (options.collection === 'articles') {
        // Links are resolved by the pages; say here, once per build, which ones will not be.
        for (const warning of unresolvedArticleLinks(entries as SiteArticle[]))
          logger.warn(warning);
      }
      const previous = meta.get('count');
      meta.set('count', String(entries.length));
      meta.set('loadedAt', new Date().toISOString());
      logger.info(
        `stored ${entries.length} ${options.collection}` +
          (previous !== undefined ? ` (previous build: ${previous})` : ''),
      );
    },
  };
}
