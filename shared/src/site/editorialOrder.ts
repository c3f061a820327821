import type { SiteArticle } from '@portals/shared/cms';

type Ordered = Pick<SiteArticle, 'editorialOrder' | 'publishedAt'> & { title: string };

/**
 * The editors' order of a section's articles: the keys the CMS stores when they are dragged
 * in a section's list (fractional indexing: plain string comparison, not locale-aware), then
 * the never-ordered ones newest first. Ties (equal keys cannot occur) fall back to the title.
 */
export function byEditorialOrder(a: Ordered, b: Ordered): number {
  const ka = a.editorialOrder;
  const kb = b.editorialOrder;
  if (ka !== undefined && kb !== undefined && ka !== kb) return ka < kb ? -1 : 1;
  if (ka !== undefined && kb === undefined) return -1;
  if (ka === undefined && kb !== undefined) return 1;
  return (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.title.localeCompare(b.title);
}
