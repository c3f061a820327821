import {
  documentPaths,
  documentSegments,
  kindListPath,
  type Locale,
} from '@portals/content-models';

/** The first URL segment of the journeys, in each language. */
export const journeysSegment: Record<Locale, string> = documentSegments.journeys;

/** The fragment prefix of a step on its journey page (`#etape-2`), in each language. */
const stepAnchorPrefix: Record<Locale, string> = { fr: 'etape', nl: 'stap' };

/** `/fr/parcours/`: the list of life events of a language. */
export function journeysPath(locale: Locale): string {
  return kindListPath('journeys', locale);
}

/** `/fr/parcours/je-me-separe/`: one journey in a language where it has a slug. */
export function journeyPath(locale: Locale, slug: string): string {
  return documentPaths.journeys(locale, slug);
}

/** `etape-2`: the id of step 2 (numbered from 1) on its journey page. */
export function stepAnchor(locale: Locale, number: number): string {
  return `${stepAnchorPrefix[locale]}-${number}`;
}
