interface LocalizedArticle {
  id: number | string;
  title: Record<string, string | null | undefined>;
  slug: Record<string, string | null | undefined>;
}

/** Published articles straight from the CMS REST API, all locales at once. */
export async function publishedArticles(cmsUrl: string): Promise<LocalizedArticle[]> {
  const url = `${cmsUrl}/api/articles?locale=all&depth=0&limit=200&where[_status][equals]=published`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const { docs } = (await response.json()) as { docs: LocalizedArticle[] };
  return docs;
}
