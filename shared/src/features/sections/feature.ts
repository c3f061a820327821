import type { Locale } from '@portals/content-models';
import type { SiteSection } from '@portals/shared/cms';
import type { PortalFeature, SiteRoute } from '../../kit/contract.ts';
import type { SectionTree } from '../../site/createSectionTree.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import { sectionPath } from '../../site/paths.ts';
import { sectionKind } from './sectionKind.ts';
import { sectionTreeOf } from './sectionTreeOf.ts';

declare module '../../kit/contract.ts' {
  interface RouteKinds {
    /** A section page at `/{locale}/{parent-slug}/{slug}/`, as deep as the tree goes. */
    section: { section: SiteSection };
  }
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

/** The navigation tree of CMS sections: one page per section and language, the main menu. */
export const sectionsFeature: PortalFeature = {
  name: 'sections',
  kinds: [sectionKind],
  routes({ entries, locales }, locale) {
    const tree = sectionTreeOf(entries.sections);
    return entries.sections.flatMap((section) => sectionRoutes(section, tree, locales, locale));
  },
  describe: (route) => (route.kind === 'section' ? `section ${route.section.id}` : undefined),
};
