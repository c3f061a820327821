import type { SiteConfig } from '../site/defineSiteConfig.ts';
import { portalData, type CollectionEntries, type PortalData } from '../site/portalData.ts';
import { collectionNames, siteFeatures } from './siteFeatures.ts';

/** `getCollection` from `astro:content`, passed in so shared TypeScript needs no Astro virtual module. */
export type ReadCollection = (name: string) => Promise<CollectionEntries>;

/** Reads every collection the portal's features use and computes its data (once per build). */
export async function readPortalData(
  site: SiteConfig,
  getCollection: ReadCollection,
): Promise<PortalData> {
  const names = collectionNames(siteFeatures(site));
  const lists = await Promise.all(
    names.map(async (name) => [name, await getCollection(name)] as const),
  );
  return portalData({ site, collections: Object.fromEntries(lists) });
}
