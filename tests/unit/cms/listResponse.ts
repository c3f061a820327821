/** A `fetch` that answers every request with one Payload list page, and records the URLs. */
export function listFetch(docs: unknown[]) {
  const urls: URL[] = [];
  const fetch: typeof globalThis.fetch = (input) => {
    urls.push(new URL(input instanceof Request ? input.url : input));
    const body = { docs, totalDocs: docs.length, totalPages: 1, page: 1, hasNextPage: false };
    return Promise.resolve(Response.json(body));
  };
  return { urls, fetch };
}
