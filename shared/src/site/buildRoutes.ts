import { defaultLocale, type Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import type { SiteSection } from '@portals/shared/cms';
import type { DirectoryEntry } from '../open-data/directoryEntrySchema.ts';
import { checkRoutes } from './checkRoutes.ts';
import { createSectionTree, type SectionTree } from './createSectionTree.ts';
import type { DirectoryFilter } from './directoryPaths.ts';
import { directoryRoutes } from './directoryRoutes.ts';
import { alternatesFor, languageSwitchFor, type PageLink } from './pageLinks.ts';
import { homePath, searchPath, sectionPath } from './paths.ts';
import { articleUrl, articleUrlOrFallback, hasFallbackPage } from './strictLinks.ts';

interface RouteBase {
  locale: Locale;
  path: string;
  /** Listed in the sitemap and open to search engines; false means `noindex`. */
  indexable: boolean;
  canonicalPath: string;
  /** hreflang alternates: this page in every language where it exists, itself included. */
  alternates: PageLink[];
  /** Where the language switch leads, for every other portal language. */
  languageSwitch: PageLink[];
}

/** Every page a portal build generates, except the language chooser and the 404 pages. */
export type SiteRoute = RouteBase &
  (
    | { kind: 'home' }
    | { kind: 'search' }
    | { kind: 'section'; section: SiteSection }
    | { kind: 'article'; article: SiteArticle }
    /** A Dutch URL showing the French text of an article that has no Dutch version. */
    | { kind: 'articleFallback'; article: SiteArticle; shownLocale: Locale }
    /** The directory of organisations, all of them or those of one commune or category. */
    | { kind: 'directory'; filter: DirectoryFilter | null }
    | { kind: 'organisation'; entry: DirectoryEntry }
  );

export interface RouteInput {
  /** The portal's languages. */
  locales: readonly Locale[];
  articles: readonly SiteArticle[];
  sections: readonly SiteSection[];
  /** The organisations of the portal's directory; without it, the portal has no directory. */
  directory?: readonly DirectoryEntry[] | undefined;
}

function articleRoutes(
  article: SiteArticle,
  locales: readonly Locale[],
  locale: Locale,
): SiteRoute[] {
  const existing = (l: Locale) => (article.translations[l] ? articleUrl(article, l) : null);
  if (article.translations[locale]) {
    const path = articleUrl(article, locale);
    const switchTo = (l: Locale) =>
      existing(l) ?? (hasFallbackPage(article, l) ? articleUrlOrFallback(article, l) : null);
    return [
      {
        kind: 'article',
        article,
        locale,
        path,
        canonicalPath: path,
        indexable: true,
        alternates: alternatesFor(locales, existing),
        languageSwitch: languageSwitchFor(locale, locales, switchTo),
      },
    ];
  }
  if (!hasFallbackPage(article, locale)) return [];
  return [
    {
      kind: 'articleFallback',
      article,
      shownLocale: defaultLocale,
      locale,
      path: articleUrlOrFallback(article, locale),
      // The French page is the real one: search engines and Pagefind should only see that.
      canonicalPath: articleUrl(article, defaultLocale),
      indexable: false,
      alternates: [],
      languageSwitch: languageSwitchFor(locale, locales, existing),
    },
  ];
}

function sectionRoutes(
  section: SiteSection,
  tree: SectionTree,
  locales: readonly Locale[],
  locale: Locale,
): SiteRoute[] {
  const existing = (l: Locale) => {
    const chain = tree.slugChain(section, l);
    return chain ? sectionPath(l, chain) : null;
  };
  const path = existing(locale);
  if (!path) return [];
  return [
    {
      kind: 'section',
      section,
      locale,
      path,
      canonicalPath: path,
      indexable: true,
      alternates: alternatesFor(locales, existing),
      languageSwitch: languageSwitchFor(locale, locales, existing),
    },
  ];
}

/**
 * The route table of a portal: one entry per generated page, with its alternates and
 * language-switch targets. Pages' `getStaticPaths` and the sitemap both read it, so they
 * cannot disagree. Throws on two pages sharing a URL.
 */
export function buildRoutes(
  input: RouteInput,
  tree: SectionTree = createSectionTree(input.sections),
): SiteRoute[] {
  const { locales } = input;
  const routes: SiteRoute[] = locales.flatMap((locale): SiteRoute[] => [
    {
      kind: 'home',
      locale,
      path: homePath(locale),
      canonicalPath: homePath(locale),
      indexable: true,
      alternates: alternatesFor(locales, homePath),
      languageSwitch: languageSwitchFor(locale, locales, homePath),
    },
    {
      kind: 'search',
      locale,
      path: searchPath(locale),
      canonicalPath: searchPath(locale),
      indexable: true,
      alternates: alternatesFor(locales, searchPath),
      languageSwitch: languageSwitchFor(locale, locales, searchPath),
    },
    ...input.sections.flatMap((section) => sectionRoutes(section, tree, locales, locale)),
    ...input.articles.flatMap((article) => articleRoutes(article, locales, locale)),
    ...(input.directory ? directoryRoutes(input.directory, locales, locale) : []),
  ]);
  checkRoutes(routes);
  return routes;
}
