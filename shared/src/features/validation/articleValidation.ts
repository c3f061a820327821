import type { Locale } from '@portals/content-models';
import type { KitEntries } from '../../kit/contract.ts';
import type { SiteReferent } from '../faq/referentKind.ts';

/** What an article page says about its validation (issue #11). */
export type ValidationNote =
  /** « Contenu validé par <organisation> le <date> ». */
  | { kind: 'validated'; organisation: string; approvedAt: string }
  /**
   * « en cours de révision »: the review date passed, the referent has the text again or asked
   * for changes (the CMS says which), or no referent ever approved it (published by a script).
   */
  | { kind: 'revision' };

type Entries = Pick<KitEntries, 'articleValidations' | 'referentOrganisations' | 'revisions'>;

/** The referent organisations that validate at least one of the article's themes. */
export function referentsOf(articleId: string, entries: Entries): SiteReferent[] {
  const themes = new Set(
    entries.articleValidations.find((entry) => entry.id === articleId)?.themeIds ?? [],
  );
  if (themes.size === 0) return [];
  return entries.referentOrganisations.filter((organisation) =>
    organisation.themeIds.some((theme) => themes.has(theme)),
  );
}

/**
 * The validation line of an article, or null when none of its themes has a referent
 * organisation (nothing to validate, nothing said). A page never claims an approval that the
 * CMS does not hold or has withdrawn.
 */
export function validationNote(
  articleId: string,
  locale: Locale,
  entries: Entries,
): ValidationNote | null {
  if (referentsOf(articleId, entries).length === 0) return null;
  if (entries.revisions.some((revision) => revision.id === articleId)) return { kind: 'revision' };
  const approval = entries.articleValidations.find((entry) => entry.id === articleId)?.approval;
  const organisation = entries.referentOrganisations.find(
    (candidate) => candidate.id === approval?.organisationId,
  );
  const name = organisation?.names[locale] ?? organisation?.names.fr;
  if (!approval || !name) return { kind: 'revision' };
  return { kind: 'validated', organisation: name, approvedAt: approval.approvedAt };
}
