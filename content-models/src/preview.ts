import type { Locale } from './locales.ts';
import type { Article } from './payload-types.ts';
import { collectionSlugs } from './slugs.ts';

/**
 * Draft previews (issue #5): the CMS signs a short-lived link to a portal's preview page,
 * which forwards the token to the CMS preview endpoint. Both sides build their paths here.
 */

/** Collections a portal can preview: those it has a page view for. */
export const previewableCollections = [collectionSlugs.articles] as const;
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
 * What the preview endpoint returns of an article: the fields a portal renders (those the
 * site loader selects), never the editorial notes that the public API hides.
 */
export const articlePreviewFields = [
  'title',
  'slug',
  'summary',
  'body',
  'kind',
  'portals',
  'sections',
  'directoryCategories',
  'publishedAt',
  'updatedAt',
  'isDemo',
  '_status',
] as const satisfies readonly (keyof Article)[];

export const previewFields: Record<PreviewableCollection, readonly string[]> = {
  articles: articlePreviewFields,
};
