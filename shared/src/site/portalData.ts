import type { Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import type { SiteSection } from '@portals/shared/cms';
import type { InternalLinkResolver } from '../richtext/internalLinks.ts';
import type { DirectoryEntry } from '../open-data/directoryEntrySchema.ts';
import { articleLinkResolver } from './articleLinkResolver.ts';
import { buildRoutes, type SiteRoute } from './buildRoutes.ts';
import { createSectionTree, type SectionTree } from './createSectionTree.ts';

/** Everything a page needs from the content layer, computed once per page module. */
export interface PortalData {
  articles: SiteArticle[];
  sections: SiteSection[];
  /** The organisations of the directory; empty when the page did not ask for it. */
  directory: DirectoryEntry[];
  tree: SectionTree;
  routes: SiteRoute[];
  /** Resolves the internal links of a body written in a locale (see `resolveInternalLinks`). */
  internalLinks: (locale: Locale) => InternalLinkResolver;
}

/**
 * Turns the content collections' entries (as `getCollection` returns them) into the route
 * table and section tree. Taking the entries as input keeps `astro:content` out of shared code.
 */
export function portalData(input: {
  locales: readonly Locale[];
  articles: readonly { data: SiteArticle }[];
  sections: readonly { data: SiteSection }[];
  /** The `directory` collection, for the pages that show it and the sitemap. */
  directory?: readonly { data: DirectoryEntry }[];
  onWarning?: (message: string) => void;
}): PortalData {
  const articles = input.articles.map((entry) => entry.data);
  const sections = input.sections.map((entry) => entry.data);
  const directory = input.directory?.map((entry) => entry.data);
  const tree = createSectionTree(sections, input.onWarning);
  const routes = buildRoutes({ locales: input.locales, articles, sections, directory }, tree);
  const internalLinks = articleLinkResolver(articles);
  return { articles, sections, directory: directory ?? [], tree, routes, internalLinks };
}
