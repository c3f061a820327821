import type { Locale } from '@portals/content-models';
import { mutualityUnions, type MutualityUnion } from '@portals/content-models/collections';
import { ficheListing, type FicheListItem } from '../../fiches/ficheLinks.ts';
import type { SiteMutuality } from './kind.ts';
import { mutualityPath } from './paths.ts';

export interface UnionGroup {
  union: MutualityUnion;
  /** The union's name in the page's language. */
  label: string;
  antennas: FicheListItem<SiteMutuality>[];
}

/**
 * The antennas on a list page in `locale`, grouped by union in the unions' fixed order, by
 * name within a union; a fiche missing in `locale` is listed in the language it exists in.
 * Unions without an antenna are left out.
 */
export function groupByUnion(mutualities: readonly SiteMutuality[], locale: Locale): UnionGroup[] {
  const items = ficheListing(mutualities, locale, mutualityPath);
  return (Object.keys(mutualityUnions) as MutualityUnion[]).flatMap((union) => {
    const antennas = items.filter((item) => item.entry.union === union);
    return antennas.length > 0 ? [{ union, label: mutualityUnions[union][locale], antennas }] : [];
  });
}
