import type { Locale } from '@portals/content-models';

/** The URL segment of the documents page, in each language. */
export const documentsSegment: Record<Locale, string> = { fr: 'documents', nl: 'documenten' };

/** `/fr/documents/`: the documents page of a language. */
export function documentsPath(locale: Locale): string {
  return `/${locale}/${documentsSegment[locale]}/`;
}
