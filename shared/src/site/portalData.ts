import type { Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import type { SiteSection } from '@portals/shared/cms';
import type { InternalLinkResolver } from '../richtext/internalLinks.ts';
import type { DirectoryEntry } from '../open-data/directoryEntrySchema.ts';
import { articleLinkResolver } from './articleLinkResolver.ts';
import { buildRoutes, type SiteRoute } from './buildRoutes.ts';
import { createSectionTree, type SectionTree } from './createSectionTree.ts';

/** Everything a page needs from the content layer, computed once per build. */
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

interface Computed {
  locales: readonly Locale[];
  inputs: readonly (readonly object[] | undefined)[];
  data: PortalData;
}

// Every page module's getStaticPaths asks for the same data: the route table of thousands of
// pages was built once per module (eight times a build). `getCollection` returns the same
// data objects each time, so equal inputs are recognised by identity.
const computed: Computed[] = [];

function sameItems<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  return a === b || (!!a && !!b && a.length === b.length && a.every((item, i) => item === b[i]));
}

/**
 * Turns the content collections' entries (as `getCollection` returns them) into the route
 * table and section tree. Taking the entries as input keeps `astro:content` out of shared code.
 * The result of the same entries is computed once and shared: treat it as read-only.
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
  const inputs = [articles, sections, directory];
  const known = computed.find(
    (entry) =>
      sameItems(entry.locales, input.locales) &&
      entry.inputs.every((items, i) => sameItems(items, inputs[i])),
  );
  if (known) return known.data;
  const tree = createSectionTree(sections, input.onWarning);
  const routes = buildRoutes({ locales: input.locales, articles, sections, directory }, tree);
  const internalLinks = articleLinkResolver(articles);
  const data = { articles, sections, directory: directory ?? [], tree, routes, internalLinks };
  // A build has a few distinct inputs (with and without the directory); a dev server's
  // content changes, so only the latest ones are kept.
  computed.unshift({ locales: input.locales, inputs, data });
  computed.length = Math.min(computed.length, 4);
  return data;
}
