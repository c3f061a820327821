import type { Locale } from '@portals/content-models';
import type { SiteArticle, SiteSection } from '@portals/shared/cms';
import type { SectionTree } from './createSectionTree.ts';
import { sectionUrl } from './strictLinks.ts';

/** A section where an article is placed, as a link: the section's path of titles, root first. */
export interface Placement {
  sectionId: string;
  /** `Santé et bien-être › Allaitement`. */
  titles: string[];
  href: string;
}

export interface ArticlePlacements {
  /** Its main placement: the first of its sections in this portal's tree (breadcrumb). */
  main: SiteSection | undefined;
  /** Its other placements that exist in `locale`, in the editors' order ("also in"). */
  others: Placement[];
}

/**
 * Where an article sits in a portal's tree. An article has one URL whatever its placements
 * (`/{locale}/articles/{slug}/`): the first of its sections that belongs to this portal is its
 * main placement, which gives the breadcrumb; every other one is listed as "also in". Sections
 * of other portals (an article shared with Hospichild) are ignored, as are those missing in
 * `locale`.
 */
export function articlePlacements(
  article: Pick<SiteArticle, 'sectionIds'>,
  tree: SectionTree,
  locale: Locale,
): ArticlePlacements {
  const sections = article.sectionIds
    .map((id) => tree.get(id))
    .filter((section): section is SiteSection => section !== undefined);
  const [main, ...rest] = sections;
  const others = rest.flatMap((section): Placement[] => {
    if (!tree.slugChain(section, locale)) return [];
    const chain = [...tree.ancestorsOf(section.id), section];
    return [
      {
        sectionId: section.id,
        titles: chain.map((each) => each.translations[locale]?.title ?? ''),
        href: sectionUrl(section, locale, tree),
      },
    ];
  });
  return { main, others };
}
