import articlesPage1 from '../../fixtures/cms/articles-page-1.json' with { type: 'json' };
import articlesPage2 from '../../fixtures/cms/articles-page-2.json' with { type: 'json' };
import sections from '../../fixtures/cms/sections.json' with { type: 'json' };

export type Doc = Record<string, unknown> & { id: string | number };

export interface MemoryCmsOptions {
  /** Answer drafts despite a `_status` filter, as payload#14750 can. @default false */
  ignoresStatusFilter?: boolean;
}

/** One condition of a REST `where`, as the sites write them (`equals` and comma-separated `in`). */
const condition = /^where(?:\[and\]\[\d+\])?\[(\w+)\]\[(equals|in)\]$/;

function matches(doc: Doc, field: string, operator: string, value: string): boolean {
  const actual = doc[field];
  const wanted = operator === 'in' ? value.split(',') : [value];
  const values = Array.isArray(actual) ? actual : [actual];
  return values.some((item) => wanted.includes(String(item)));
}

/**
 * The slice of Payload's REST list API the loader uses (`where` with `equals` and `in`,
 * `select`, `sort=id`, `limit` and `page`) over documents held in memory, which a test
 * changes between two loads. Every URL asked for is recorded.
 */
export function memoryCms(options: MemoryCmsOptions = {}) {
  const collections = {
    articles: new Map<string, Doc>(),
    sections: new Map<string, Doc>(),
  };
  for (const doc of [...articlesPage1.docs, ...articlesPage2.docs] as Doc[]) {
    collections.articles.set(String(doc.id), structuredClone(doc));
  }
  for (const doc of sections.docs as Doc[]) {
    collections.sections.set(String(doc.id), structuredClone(doc));
  }
  const requests: URL[] = [];
  let failing: ((url: URL) => boolean) | undefined;

  const answer = (url: URL): Response => {
    const slug = url.pathname.replace(/^\/api\//, '');
    const docs = collections[slug as keyof typeof collections];
    if (!docs || failing?.(url)) return new Response('Nope', { status: 500, statusText: 'Oops' });
    let found = [...docs.values()];
    const selected: string[] = [];
    for (const [key, value] of url.searchParams) {
      const where = condition.exec(key);
      if (where?.[1] && where[2]) {
        if (where[1] === '_status' && options.ignoresStatusFilter) continue;
        const [, field, operator] = where;
        found = found.filter((doc) => matches(doc, field, operator, value));
      }
      const select = /^select\[(\w+)\]$/.exec(key);
      if (select?.[1] && value === 'true') selected.push(select[1]);
    }
    found.sort((a, b) => String(a.id).localeCompare(String(b.id), 'en', { numeric: true }));
    const limit = Number(url.searchParams.get('limit') ?? '10');
    const page = Number(url.searchParams.get('page') ?? '1');
    const totalPages = Math.ceil(found.length / limit);
    const pageDocs = found
      .slice((page - 1) * limit, page * limit)
      .map((doc) =>
        selected.length
          ? Object.fromEntries(
              Object.entries(doc).filter(([k]) => k === 'id' || selected.includes(k)),
            )
          : doc,
      );
    return Response.json({
      docs: pageDocs,
      totalDocs: found.length,
      totalPages,
      page,
      hasNextPage: page < totalPages,
    });
  };

  const fetch = ((input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requests.push(url);
    return Promise.resolve(answer(url));
  }) as typeof globalThis.fetch;

  return {
    fetch,
    requests,
    ...collections,
    /** Makes the requests the predicate picks fail with a 500 (undefined: none). */
    failWhen(predicate: ((url: URL) => boolean) | undefined) {
      failing = predicate;
    },
  };
}

/** An article or section edited in the CMS: the given fields changed, `updatedAt` moved on. */
export function edit(docs: Map<string, Doc>, id: string, changes: Record<string, unknown>) {
  const doc = docs.get(id);
  if (!doc) throw new Error(`no document ${id}`);
  const updatedAt = new Date(Date.parse(String(doc.updatedAt)) + 60_000).toISOString();
  docs.set(id, { ...doc, ...changes, updatedAt });
}
