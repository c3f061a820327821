import type { Locale } from '@portals/content-models';
import type { SiteArticle, SiteSection } from '@portals/shared/cms';
import { sectionTreeOf } from '../features/sections/sectionTreeOf.ts';
import type { EntryPoint, KitEntries, PortalFeature, SiteRoute } from '../kit/contract.ts';
import { kitEntries } from '../kit/kitEntries.ts';
import { siteFeatures } from '../kit/siteFeatures.ts';
import type { DirectoryEntry } from '../open-data/directoryEntrySchema.ts';
import type { InternalLinkResolver } from '../richtext/internalLinks.ts';
import { articleLinkResolver } from './articleLinkResolver.ts';
import { buildNavigation, type NavItem } from './buildNavigation.ts';
import { buildRoutes } from './buildRoutes.ts';
import type { SectionTree } from './createSectionTree.ts';
import type { SiteConfig } from './defineSiteConfig.ts';

/** Everything a page needs from the content layer, computed once per build. */
export interface PortalData {
  /** Every collection's entries, by name; empty for those the portal does not load. */
  entries: KitEntries;
  articles: SiteArticle[];
  /**
   * The articles placed in any of these sections, in the order of `articles`. A section page
   * reads its articles here rather than from `articles`, so its cache key depends on the
   * articles of its own branch only (see `kit/pageCache`).
   */
  articlesIn: (sectionIds: readonly string[]) => SiteArticle[];
  sections: SiteSection[];
  /** The organisations of the directory; empty without the directory feature. */
  directory: DirectoryEntry[];
  tree: SectionTree;
  routes: SiteRoute[];
  /** Resolves the internal links of a body written in a locale (see `resolveInternalLinks`). */
  internalLinks: (locale: Locale) => InternalLinkResolver;
  /** The features' entry points in a language, in the configuration's order (home page cards). */
  entryPoints: (locale: Locale) => EntryPoint[];
  /** The main menu in a language: the top sections, then the features' entry points. */
  navigation: (locale: Locale) => NavItem[];
  /**
   * The build's clock, for what depends on the date (the next agenda items, an announcement's
   * end). A function, so that a page reading it is known to (see `kit/pageCache`).
   */
  clock: () => Date;
}

/** The menu with the urgent-help top section (found by its French slug) marked. */
function markUrgent(items: NavItem[], tree: SectionTree, slug: string | undefined): NavItem[] {
  if (!slug) return items;
  const urgent = tree.topLevel().find((section) => section.translations.fr?.slug === slug);
  // A build without sections (a CMS still empty) has nothing to mark; a wrong slug is an error.
  if (!urgent && tree.topLevel().length > 0) {
    throw new Error(`header.urgentSection: no top section has the French slug "${slug}".`);
  }
  if (!urgent) return items;
  return items.map((item) => (item.sectionId === urgent.id ? { ...item, urgent: true } : item));
}

/**
 * The build's clock: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) when
 * set, so that two builds of the same content give the same pages; else the current time.
 */
function buildTime(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** A content collection as `getCollection` returns it. */
export type CollectionEntries = readonly { data: unknown }[];

interface Computed {
  site: SiteConfig;
  inputs: Map<string, readonly unknown[]>;
  data: PortalData;
}

// Every injected page module asks for the same data: the route table of thousands of pages
// must be built once. `getCollection` returns the same data objects each time, so equal
// inputs are recognised by identity.
const computed: Computed[] = [];

const noUi = {};

function sameItems(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  return a === b || (!!a && !!b && a.length === b.length && a.every((item, i) => item === b[i]));
}

function compute(
  site: SiteConfig,
  features: readonly PortalFeature[],
  entries: KitEntries,
  onWarning?: (message: string) => void,
): PortalData {
  const { locales } = site.portal;
  const tree = sectionTreeOf(entries.sections, onWarning);
  const routes = buildRoutes({ locales, entries, features, onWarning });
  const context = { locales, entries };
  const points = new Map<Locale, EntryPoint[]>();
  const entryPoints = (locale: Locale) => {
    const known = points.get(locale);
    if (known) return known;
    const list = features.flatMap(
      (feature) => feature.entryPoints?.(context, locale, site.ui ?? noUi) ?? [],
    );
    points.set(locale, list);
    return list;
  };
  const menus = new Map<Locale, NavItem[]>();
  const navigation = (locale: Locale) => {
    const known = menus.get(locale);
    if (known) return known;
    const menu = [
      ...markUrgent(buildNavigation(tree, locale), tree, site.header?.urgentSection),
      ...entryPoints(locale).map(({ title, menuTitle, href }) => ({
        title: menuTitle ?? title,
        href,
        children: [],
      })),
    ];
    menus.set(locale, menu);
    return menu;
  };
  const builtAt = buildTime();
  return {
    clock: () => builtAt,
    entries,
    articles: entries.articles,
    articlesIn: (sectionIds) => {
      const wanted = new Set(sectionIds);
      return entries.articles.filter((article) => article.sectionIds.some((id) => wanted.has(id)));
    },
    sections: entries.sections,
    directory: entries.directory,
    tree,
    routes,
    internalLinks: articleLinkResolver(entries.articles),
    entryPoints,
    navigation,
  };
}

/**
 * Turns the content collections' entries (as `getCollection` returns them, by collection name)
 * into the route table, section tree, menu and entry points of a portal. Taking the entries as
 * input keeps `astro:content` out of shared code. The result of the same entries is computed
 * once and shared: treat it as read-only.
 */
export function portalData(input: {
  site: SiteConfig;
  collections: Readonly<Record<string, CollectionEntries>>;
  onWarning?: (message: string) => void;
}): PortalData {
  const { site } = input;
  const inputs = new Map(
    Object.entries(input.collections).map(([name, list]) => [
      name,
      list.map((entry) => entry.data),
    ]),
  );
  const known = computed.find(
    (entry) =>
      entry.site === site &&
      entry.inputs.size === inputs.size &&
      [...inputs].every(([name, items]) => sameItems(entry.inputs.get(name), items)),
  );
  if (known) return known.data;
  const data = compute(
    site,
    siteFeatures(site),
    kitEntries(Object.fromEntries(inputs)),
    input.onWarning,
  );
  // A dev server's content changes: only the latest inputs are kept.
  computed.unshift({ site, inputs, data });
  computed.length = Math.min(computed.length, 4);
  return data;
}
