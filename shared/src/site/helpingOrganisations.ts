import type { Locale } from '@portals/content-models';
import type { DirectoryEntry } from '../open-data/directoryEntrySchema.ts';
import { listOrganisations, type OrganisationListItem } from './listOrganisations.ts';

/**
 * The organisations of the curated directory in any of an article's Bruxelles Social
 * categories, by name: its "who can help" list. None when the article names no category.
 */
export function helpingOrganisations(
  entries: readonly DirectoryEntry[],
  categoryIds: readonly number[],
  locale: Locale,
): OrganisationListItem[] {
  if (categoryIds.length === 0) return [];
  const wanted = new Set(categoryIds);
  const matching = entries.filter(({ organisation }) =>
    organisation.categories.some((category) => wanted.has(category.id)),
  );
  return listOrganisations(matching, locale);
}
