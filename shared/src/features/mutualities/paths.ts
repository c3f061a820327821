import {
  documentPaths,
  documentSegments,
  kindListPath,
  type Locale,
} from '@portals/content-models';
import { mutualityTopics, type MutualityTopic } from '@portals/content-models/collections';

/** The mutualities' first URL segment in each language. */
export const mutualitySegment: Record<Locale, string> = documentSegments.mutualities;

/** The topic keys in the fixed order of the fiche. */
export const mutualityTopicKeys = Object.keys(mutualityTopics) as [
  MutualityTopic,
  ...MutualityTopic[],
];

/** `/fr/mutualites/`: the antennas, grouped by union. */
export function mutualityListPath(locale: Locale): string {
  return kindListPath('mutualities', locale);
}

/** `/nl/ziekenfondsen/{slug}/`. Takes a slug known to exist: see `mutualityUrl` for checked links. */
export function mutualityPath(locale: Locale, slug: string): string {
  return documentPaths.mutualities(locale, slug);
}
