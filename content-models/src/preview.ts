import type { Locale } from './locales.ts';
import { siteFields } from './siteFields.ts';
import { collectionSlugs } from './slugs.ts';

/**
 * Draft previews (issue #5): the CMS signs a short-lived link to a portal's preview page,
 * which forwards the token to the CMS preview endpoint. Both sides build their paths here.
 */

/**
 * Collections whose documents have a page on a portal, hence a Preview button in the admin and
 * a preview endpoint. Each has a `_status` (drafts) among its site fields.
 */
export const previewableCollections = [
  collectionSlugs.articles,
  collectionSlugs.hospitals,
  collectionSlugs.mutualities,
  collectionSlugs.agenda,
  collectionSlugs.faq,
] as const;
export type PreviewableCollection = (typeof previewableCollections)[number];

export function isPreviewableCollection(value: unknown): value is PreviewableCollection {
  return (previewableCollections as readonly unknown[]).includes(value);
}

/** The URL segment of preview pages on a portal, after the locale. */
export const previewSegment = 'preview';

/** Query parameter carrying the signed token, on the portal page and the CMS endpoint. */
export const previewTokenParam = 'token';

/** `/fr/preview/articles/12/`: the portal page showing a document's latest draft. */
export function previewPagePath(
  locale: Locale,
  collection: PreviewableCollection,
  id: string | number,
): string {
  return `/${locale}/${previewSegment}/${collection}/${encodeURIComponent(String(id))}/`;
}

/** `/api/preview/articles/12`: the CMS endpoint returning that draft to a token holder. */
export function previewApiPath(collection: PreviewableCollection, id: string | number): string {
  return `/api/${previewSegment}/${collection}/${encodeURIComponent(String(id))}`;
}

/**
 * Why the CMS refused a preview, as `error` in its JSON answer: `invalid` (no token, a forged
 * or altered one, or one for another document) answers 403, `expired` answers 410.
 */
export type PreviewRefusal = 'invalid' | 'expired';

/**
 * What the preview endpoint returns of a document: the fields a portal renders (those the site
 * loader selects), never the editorial notes that the public API hides.
 */
export const previewFields: { [C in PreviewableCollection]: (typeof siteFields)[C] } = {
  articles: siteFields.articles,
  hospitals: siteFields.hospitals,
  mutualities: siteFields.mutualities,
  agenda: siteFields.agenda,
  faq: siteFields.faq,
};
