import type { Locale } from '@portals/content-models';
import type { SiteArticle, SiteSection } from '@portals/shared/cms';
import {
  articlesFeature,
  directoryFeature,
  kitEntries,
  sectionsFeature,
  siteFeatures,
  type PortalFeature,
  type SiteRoute,
} from '@portals/shared/kit';
import type { DirectoryEntry } from '@portals/shared/open-data';
import { buildRoutes } from '@portals/shared/site';

/** The features of a Hospichild-like portal; with `directory`, the directory too. */
export function portalFeatures(options: { directory?: boolean } = {}): PortalFeature[] {
  const directory = directoryFeature({ curation: { categoryIds: [], organisationIds: [] } });
  return siteFeatures({
    features: [sectionsFeature, articlesFeature, ...(options.directory ? [directory] : [])],
  });
}

/** The route table of such a portal from entries, as a build computes it. */
export function portalRoutes(input: {
  locales: readonly Locale[];
  articles: readonly SiteArticle[];
  sections: readonly SiteSection[];
  /** The directory's entries; without them, the portal has no directory. */
  directory?: readonly DirectoryEntry[];
}): SiteRoute[] {
  const { locales, ...lists } = input;
  return buildRoutes({
    locales,
    entries: kitEntries(lists),
    features: portalFeatures({ directory: Boolean(input.directory) }),
  });
}
