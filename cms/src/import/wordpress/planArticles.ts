import { slugify } from '@portals/content-models';
import {
  labelOf,
  type ArticleVersion,
  type ImportWarning,
  type PlannedArticle,
} from './importPlan.ts';
import { oldUrlsOfItem } from './oldUrls.ts';
import type { TranslationGroup } from './translationGroups.ts';
import type { WxrItem, WxrLocale } from './wxrModel.ts';

/** A page group with child pages: it becomes a section, its children are placed in it. */
export type PageSection = {
  key: string;
  byLocale: Partial<Record<WxrLocale, WxrItem>>;
  parentKey?: string;
};

const keyOf = (item: WxrItem) => `${item.type}:${item.id}`;

/** WordPress writes local dates beside UTC ones; the UTC one is the true instant. */
function isoDate(item: WxrItem): string {
  const utc = item.dateGmt && !item.dateGmt.startsWith('0000') ? item.dateGmt : item.date;
  return `${utc.replace(' ', 'T')}.000Z`;
}

function versionOf(item: WxrItem): ArticleVersion {
  return {
    wordpressId: item.id,
    title: item.title,
    slug: slugify(decodeURIComponent(item.slug || item.title)),
    // Excerpts may hold markup; the summary is plain text the CMS caps (textLimits.ts).
    summary: (item.excerpt.replace(/<[^>]*>/g, '').trim() || item.metaDescription)?.slice(0, 600),
    html: item.content,
  };
}

/**
 * Articles from posts (news) and pages (permanent pages), one per WPML group. Pages with
 * child pages also give a section (the page hierarchy); posts go in their categories' sections.
 */
export function planArticles(
  groups: readonly TranslationGroup<WxrItem>[],
  sectionKeyOfCategory: (slug: string) => string | undefined,
  siteUrl: string,
  warnings: ImportWarning[],
): { articles: PlannedArticle[]; pageSections: PageSection[] } {
  const groupOfId = new Map<number, TranslationGroup<WxrItem>>();
  for (const group of groups)
    for (const member of Object.values(group.byLocale)) groupOfId.set(member.id, group);
  const parentOf = (group: TranslationGroup<WxrItem>) => groupOfId.get(group.primary.parentId);
  const withChildren = new Set(groups.map(parentOf).filter((parent) => parent !== undefined));
  const pageSections: PageSection[] = [...withChildren].map((group) => ({
    key: keyOf(group.primary),
    byLocale: group.byLocale,
    parentKey: ((parent) => parent && keyOf(parent.primary))(parentOf(group)),
  }));

  const articles = groups.map((group): PlannedArticle => {
    const key = keyOf(group.primary);
    const members = Object.entries(group.byLocale) as [WxrLocale, WxrItem][];
    const article: PlannedArticle = {
      key,
      candidates: members.map(([, member]) => keyOf(member)),
      label: labelOf(key, group.primary.title),
      kind: group.primary.type === 'page' ? 'page' : 'news',
      sectionKeys: [],
      publishedAt: isoDate(group.primary),
      versions: {},
      oldUrls: [],
    };
    for (const [locale, member] of members) {
      article.versions[locale] = versionOf(member);
      article.oldUrls.push(...oldUrlsOfItem(member, locale, siteUrl));
      for (const slug of member.categories) {
        const section = sectionKeyOfCategory(slug);
        if (!section)
          warnings.push({ document: article.label, message: `unknown category: ${slug}` });
        else if (!article.sectionKeys.includes(section)) article.sectionKeys.push(section);
      }
    }
    const parent = parentOf(group);
    if (withChildren.has(group)) article.sectionKeys.unshift(key);
    else if (parent) article.sectionKeys.push(keyOf(parent.primary));
    for (const extra of group.extra) {
      warnings.push({
        document: article.label,
        message: `second version in the same language skipped: ${keyOf(extra)}`,
      });
    }
    return article;
  });
  return { articles, pageSections };
}
