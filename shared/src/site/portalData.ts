import type { Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import type { SiteSection } from '@portals/shared/cms';
import { buildRoutes, type SiteRoute } from './buildRoutes.ts';
import { createSectionTree, type SectionTree } from './createSectionTree.ts';

/** Everything a page needs from the content layer, computed once per page module. */
export interface PortalData {
  articles: SiteArticle[];
  sections: SiteSection[];
  tree: SectionTree;
  routes: SiteRoute[];
}

/**
 * Turns the content collections' entries (as `getCollection` returns them) into the route
 * table and section tree. Taking the entries as input keeps `astro:content` out of shared code.
 */
export function portalData(input: {
  locales: readonly Locale[];
  articles: readonly { data: SiteArticle }[];
  sections: readonly { data: SiteSection }[];
  onWarning?: (message: string) => void;
}): PortalData {
  const articles = input.articles.map((entry) => entry.data);
  const sections = input.sections.map((entry) => entry.data);
  const tree = createSectionTree(sections, input.onWarning);
  const routes = buildRoutes({ locales: input.locales, articles, sections }, tree);
  return { articles, sections, tree, routes };
}
