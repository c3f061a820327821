import { slugify } from '@portals/content-models';
import { labelOf, type ImportWarning, type PlannedSection } from './importPlan.ts';
import { oldUrlsOfCategory } from './oldUrls.ts';
import type { PageSection } from './planArticles.ts';
import { translationGroups } from './translationGroups.ts';
import type { WxrCategory, WxrItem, WxrLocale } from './wxrModel.ts';

/** The portals' tree has three levels at most (`maxSectionDepth`): deeper ones hang at the third. */
const maxDepth = 3;

const slugOf = (wordpressSlug: string) => slugify(decodeURIComponent(wordpressSlug));

/** Sections from the categories, one per WPML group, with their archive URLs; and the key of each category slug. */
export function planCategorySections(
  categories: readonly WxrCategory[],
  fallbackLocale: WxrLocale,
  languageFolders: Record<WxrLocale, string>,
): { sections: PlannedSection[]; keyOfSlug: Map<string, string> } {
  const bySlug = new Map(categories.map((category) => [category.slug, category]));
  const groups = translationGroups(
    categories.map((category) => ({ ...category, id: category.termId })),
    fallbackLocale,
  );
  const keyOfSlug = new Map<string, string>();
  for (const group of groups) {
    for (const member of Object.values(group.byLocale)) {
      keyOfSlug.set(member.slug, `category:${group.primary.termId}`);
    }
  }
  const chainOf = (category: WxrCategory): string[] => {
    const chain: string[] = [];
    let parent = bySlug.get(category.parentSlug ?? '');
    while (parent && !chain.includes(parent.slug)) {
      chain.unshift(parent.slug);
      parent = bySlug.get(parent.parentSlug ?? '');
    }
    return chain;
  };
  const sections = groups.map((group, order): PlannedSection => {
    const key = `category:${group.primary.termId}`;
    const section: PlannedSection = {
      key,
      candidates: Object.values(group.byLocale).map((member) => `category:${member.termId}`),
      label: labelOf(key, group.primary.name),
      title: {},
      slug: {},
      parentKey: keyOfSlug.get(group.primary.parentSlug ?? ''),
      order,
      oldUrls: [],
    };
    for (const [locale, member] of Object.entries(group.byLocale) as [WxrLocale, WxrCategory][]) {
      section.title[locale] = member.name;
      section.slug[locale] = slugOf(member.slug);
      section.oldUrls.push(
        ...oldUrlsOfCategory(member, locale, chainOf(member), languageFolders[locale]),
      );
    }
    return section;
  });
  return { sections, keyOfSlug };
}

/** Sections from the pages that have child pages: the page hierarchy becomes part of the tree. */
export function planPageSections(pages: readonly PageSection[]): PlannedSection[] {
  return pages.flatMap((page): PlannedSection[] => {
    const members = Object.entries(page.byLocale) as [WxrLocale, WxrItem][];
    const primary = members[0]?.[1];
    if (!primary) return [];
    const section: PlannedSection = {
      key: page.key,
      candidates: members.map(([, member]) => `page:${member.id}`),
      label: labelOf(page.key, primary.title),
      title: {},
      slug: {},
      parentKey: page.parentKey,
      order: primary.menuOrder,
      oldUrls: [],
    };
    for (const [locale, member] of members) {
      section.title[locale] = member.title;
      section.slug[locale] = slugOf(member.slug || member.title);
    }
    return [section];
  });
}

/** Hangs sections deeper than the tree allows under their ancestor at the deepest level. */
export function limitDepth(
  sections: PlannedSection[],
  warnings: ImportWarning[],
): PlannedSection[] {
  const byKey = new Map(sections.map((section) => [section.key, section]));
  for (const section of sections) {
    const chain: PlannedSection[] = [];
    let parent = byKey.get(section.parentKey ?? '');
    while (parent && !chain.includes(parent)) {
      chain.push(parent);
      parent = byKey.get(parent.parentKey ?? '');
    }
    if (chain.length >= maxDepth) {
      section.parentKey = chain[chain.length - (maxDepth - 1)]?.key;
      warnings.push({
        document: section.label,
        message: `moved up: the tree has ${maxDepth} levels at most`,
      });
    }
  }
  return sections;
}
