import type { WxrLocale } from './wxrModel.ts';

/** What grouping needs of a post or a term: its id, language and WPML links. */
export type Translatable = {
  id: number;
  locale?: WxrLocale;
  trid?: string;
  duplicateOf?: number;
};

/** One document-to-be: its versions per language (one for an orphan translation). */
export type TranslationGroup<T> = {
  /** The first member's id: a stable key for this group across imports of the same export. */
  primary: T;
  byLocale: Partial<Record<WxrLocale, T>>;
  /** Members whose language was already taken in the group (reported, not imported). */
  extra: T[];
};

/**
 * Groups WPML translations into one document: members sharing a `_wpml_trid`, or a
 * duplicate (`_icl_lang_duplicate_of`) joining its original's group. A member without a
 * language is taken as `fallbackLocale` (a site without WPML is written in one language).
 */
export function translationGroups<T extends Translatable>(
  members: readonly T[],
  fallbackLocale: WxrLocale,
): TranslationGroup<T>[] {
  const byId = new Map(members.map((member) => [member.id, member]));
  const groupKey = (member: T, seen = new Set<number>()): string => {
    if (member.trid) return `trid:${member.trid}`;
    const original = member.duplicateOf == null ? undefined : byId.get(member.duplicateOf);
    if (original && !seen.has(original.id)) return groupKey(original, seen.add(member.id));
    return `id:${member.id}`;
  };
  const groups = new Map<string, TranslationGroup<T>>();
  for (const member of members) {
    const key = groupKey(member);
    const locale = member.locale ?? fallbackLocale;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { primary: member, byLocale: { [locale]: member }, extra: [] });
    } else if (group.byLocale[locale]) {
      group.extra.push(member);
    } else {
      group.byLocale[locale] = member;
    }
  }
  return [...groups.values()];
}
