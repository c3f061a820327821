import type { Locale } from '@portals/content-models';
import type { EntryPoint } from '../../kit/contract.ts';
import type { SectionTree } from '../../site/createSectionTree.ts';
import { sectionPath } from '../../site/paths.ts';
import type { UiKey } from '../../i18n/index.ts';
import { footerPagePath, footerPages } from './pagePaths.ts';

/** A link of the site map, with the pages under it. */
export interface SiteMapLink {
  title: string;
  href: string;
  children: SiteMapLink[];
}

/** A part of the site map under its own heading. */
export interface SiteMapGroup {
  heading: UiKey;
  links: SiteMapLink[];
}

export interface SiteMapInput {
  locale: Locale;
  tree: SectionTree;
  /** What the features offer in the main menu (hospitals, agenda, directory…), in order. */
  entryPoints: readonly EntryPoint[];
  /** The footer pages' titles in this language. */
  footerTitles: Record<(typeof footerPages)[number], string>;
}

/** Every section in `locale` at any depth, in the tree's order; untranslated branches are left out. */
function sectionLinks(
  tree: SectionTree,
  locale: Locale,
  sections = tree.topLevel(),
): SiteMapLink[] {
  return sections.flatMap((section) => {
    const title = section.translations[locale]?.title;
    const chain = tree.slugChain(section, locale);
    if (!title || !chain) return [];
    return [
      {
        title,
        href: sectionPath(locale, chain),
        children: sectionLinks(tree, locale, tree.childrenOf(section.id)),
      },
    ];
  });
}

/**
 * The HTML site map of a language: the sections tree, then each feature's entry points, then
 * the footer pages. Lists what exists in that language, as the navigation does; the pages
 * under a feature (every hospital, every article) are reached from its entry point, which
 * keeps the page light on a portal with thousands of them. Empty groups are left out.
 */
export function siteMapOf({
  locale,
  tree,
  entryPoints,
  footerTitles,
}: SiteMapInput): SiteMapGroup[] {
  const groups: SiteMapGroup[] = [
    { heading: 'pages.siteMap.sections', links: sectionLinks(tree, locale) },
    {
      heading: 'pages.siteMap.features',
      links: entryPoints.map(({ title, href }) => ({ title, href, children: [] })),
    },
    {
      heading: 'pages.siteMap.about',
      links: footerPages.map((page) => ({
        title: footerTitles[page],
        href: footerPagePath(page, locale),
        children: [],
      })),
    },
  ];
  return groups.filter((group) => group.links.length > 0);
}
