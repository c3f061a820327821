import type { Locale } from '@portals/content-models';
import type { KitEntries, PortalFeature, SiteRoute } from '../kit/contract.ts';
import { checkRoutes } from './checkRoutes.ts';

export type { SiteRoute } from '../kit/contract.ts';

export interface RouteInput {
  /** The portal's languages. */
  locales: readonly Locale[];
  /** The build's entries; a collection the portal does not load reads as an empty list. */
  entries: KitEntries;
  /** The portal's features, in order (see `siteFeatures`): each adds its routes. */
  features: readonly PortalFeature[];
  /** Where notes about left-out content go. @default console.warn */
  onWarning?: ((message: string) => void) | undefined;
}

/**
 * The route table of a portal: one entry per generated page or file, with its alternates and
 * language-switch targets, from every feature in every language. The pages, the sitemap,
 * hreflang, strict links and search all read it, so they cannot disagree. Throws on two pages
 * sharing a URL or a section slug taking a feature's segment (`checkRoutes`).
 */
export function buildRoutes({ locales, entries, features, onWarning }: RouteInput): SiteRoute[] {
  const context = { locales, entries };
  const table = locales.flatMap((locale) =>
    features.flatMap((feature) => feature.routes?.(context, locale) ?? []),
  );
  const warn = onWarning ?? ((message: string) => console.warn(message));
  const routes = [
    ...table,
    ...features.flatMap((feature) => feature.derivedRoutes?.(table, context, warn) ?? []),
  ];
  checkRoutes(routes, features);
  return routes;
}
