import type { Locale } from '@portals/content-models';
import type { RouteContext, RouteOf } from '../../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import { documentsPath } from './documentPaths.ts';
import { groupDocumentsByKind } from './listDocuments.ts';

/**
 * The documents page of `locale`, grouped by kind, when the portal has documents. A document
 * written in one language is listed on both pages, in its language and marked so: the file is
 * the same for everyone, and a Dutch reader may still want the French brochure.
 */
export function documentRoutes(context: RouteContext, locale: Locale): RouteOf<'documentList'>[] {
  const { locales, entries } = context;
  if (entries.documents.length === 0) return [];
  const path = documentsPath(locale);
  return [
    {
      kind: 'documentList',
      locale,
      path,
      canonicalPath: path,
      indexable: true,
      alternates: alternatesFor(locales, documentsPath),
      languageSwitch: languageSwitchFor(locale, locales, documentsPath),
      groups: groupDocumentsByKind(entries.documents, locale),
    },
  ];
}
