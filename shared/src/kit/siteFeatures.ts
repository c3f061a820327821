import { formsFeature } from '../features/forms/feature.ts';
import { homeFeature } from '../features/home/feature.ts';
import { pagesFeature } from '../features/pages/feature.ts';
import { redirectsFeature } from '../features/redirects/feature.ts';
import { searchFeature } from '../features/search/feature.ts';
import type { SiteConfig } from '../site/defineSiteConfig.ts';
import type { PortalFeature } from './contract.ts';

/**
 * A portal's features in order: the home, search and footer pages (accessibility, privacy,
 * contact, site map), the CMS's redirects and the contact form's pages every portal has, then
 * the ones its configuration lists (in menu order).
 * A feature listed twice counts once.
 */
export function siteFeatures(site: Pick<SiteConfig, 'features'>): PortalFeature[] {
  const byName = new Map<string, PortalFeature>();
  for (const feature of [
    homeFeature,
    searchFeature,
    pagesFeature,
    redirectsFeature,
    formsFeature,
    ...(site.features ?? []),
  ]) {
    if (!byName.has(feature.name)) byName.set(feature.name, feature);
  }
  return [...byName.values()];
}

/** The content collections a portal's features read, by name: their kinds' and their own loaders'. */
export function collectionNames(features: readonly PortalFeature[]): string[] {
  const names = features.flatMap((feature) => [
    ...(feature.kinds ?? []).map((kind) => kind.name),
    ...Object.keys(feature.loaders ?? {}),
  ]);
  return [...new Set(names)];
}
