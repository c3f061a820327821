import { defineCollection } from 'astro/content/config';
import { cmsLoader } from '@portals/shared/cms';
import type { SiteConfig } from '../site/defineSiteConfig.ts';
import { siteFeatures } from './siteFeatures.ts';

export interface PortalCollectionsOptions {
  /** Base URL of the CMS (the CMS_URL variable). */
  cmsUrl: string;
  /** Read nothing: `astro check` needs the collections' types, not their content. @default false */
  typesOnly?: boolean;
}

/**
 * A portal's content collections, from its features: one CMS loader per content kind (articles,
 * sections, hospitals…) and the features' own loaders (the directory's open data). What a
 * site's `src/content.config.ts` exports as `collections`.
 */
export function portalCollections(site: SiteConfig, options: PortalCollectionsOptions) {
  const source = {
    portal: site.portal.id,
    cmsUrl: options.cmsUrl,
    typesOnly: options.typesOnly ?? false,
  };
  const collections: Record<string, ReturnType<typeof defineCollection>> = {};
  for (const feature of siteFeatures(site)) {
    for (const kind of feature.kinds ?? []) {
      collections[kind.name] ??= defineCollection({ loader: cmsLoader({ ...source, kind }) });
    }
    for (const [name, loader] of Object.entries(feature.loaders ?? {})) {
      collections[name] ??= defineCollection({ loader: loader(source) });
    }
  }
  return collections;
}
