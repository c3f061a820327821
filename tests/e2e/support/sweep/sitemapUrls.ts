/**
 * Every `<loc>` of a portal's sitemap, as served by the test server. A sitemap that lists an
 * address on another host, or none at all, throws: every later check would miss pages.
 */
export async function sitemapUrls(siteUrl: string): Promise<string[]> {
  const response = await fetch(`${siteUrl}/sitemap.xml`);
  if (!response.ok) throw new Error(`${siteUrl}/sitemap.xml answered ${response.status}`);
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  if (locs.length === 0) throw new Error(`${siteUrl}/sitemap.xml lists no page`);
  const origin = new URL(siteUrl).origin;
  const foreign = locs.filter((loc) => new URL(loc).origin !== origin);
  if (foreign.length > 0) {
    throw new Error(
      `the sitemap of ${siteUrl} lists other hosts: ${foreign.slice(0, 5).join(', ')}`,
    );
  }
  return locs;
}

/** Runs `task` over `items`, at most `limit` at a time, in order of the results. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
