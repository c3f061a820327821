type Localized = Record<string, unknown>;

interface LocalizedArticle {
  id: number | string;
  title: Record<string, string | null | undefined>;
  slug: Record<string, string | null | undefined>;
}

/** A published document of any collection, read with `locale=all`: localized fields by locale. */
export interface LocalizedDoc {
  id: number;
  [field: string]: unknown;
}

/**
 * Published documents of a collection straight from the CMS REST API, anonymously (as the
 * portals' builds read), all locales at once; only a portal's when `portal` is given.
 */
export async function publishedDocs(
  cmsUrl: string,
  collection: string,
  portal?: string,
): Promise<LocalizedDoc[]> {
  const onPortal = portal ? `&where[portals][in]=${portal}` : '';
  const url = `${cmsUrl}/api/${collection}?locale=all&depth=0&limit=500&where[_status][equals]=published${onPortal}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const { docs } = (await response.json()) as { docs: LocalizedDoc[] };
  return docs;
}

/** Published articles straight from the CMS REST API, all locales at once. */
export async function publishedArticles(cmsUrl: string): Promise<LocalizedArticle[]> {
  return (await publishedDocs(cmsUrl, 'articles')) as unknown as LocalizedArticle[];
}

/** A localized text field's value in `locale`, or '' when it is missing or blank there. */
export function textOf(doc: LocalizedDoc, field: string, locale: string): string {
  const value = (doc[field] as Localized | null | undefined)?.[locale];
  return typeof value === 'string' ? value.trim() : '';
}
