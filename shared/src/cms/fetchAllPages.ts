import { z } from 'zod';
import { CmsError, readableUrl } from './CmsError.ts';
import { encodeQuery, type QueryValue } from './encodeQuery.ts';

/** The envelope of every Payload list response. */
const listPageSchema = z.object({
  docs: z.array(z.unknown(), { error: 'expected "docs" to be a list of documents' }),
  totalDocs: z.number(),
  totalPages: z.number(),
  page: z.number().optional(),
  hasNextPage: z.boolean(),
});

export interface PageProgress {
  page: number;
  totalPages: number;
  totalDocs: number;
}

export interface FetchAllPagesOptions {
  /** Base URL of the CMS, from the CMS_URL variable (e.g. `http://localhost:3000`). */
  cmsUrl: string;
  /** REST path of a collection, e.g. `/api/articles`. */
  path: string;
  /** Query parameters besides `limit` and `page`, written as nested objects. */
  query?: Record<string, QueryValue>;
  /** Documents per request. @default 100 */
  limit?: number;
  /** Injected so tests need no network. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Called after each page, to log progress. */
  onPage?: (progress: PageProgress) => void;
  /** Per-request timeout in milliseconds. @default 30000 */
  timeoutMs?: number;
}

function pageUrl(options: FetchAllPagesOptions, page: number): URL {
  let url: URL;
  try {
    url = new URL(options.path, options.cmsUrl);
  } catch (cause) {
    throw new CmsError(`CMS_URL "${options.cmsUrl}" is not a valid URL.`, options.cmsUrl, {
      cause,
    });
  }
  const query = encodeQuery({ ...options.query, limit: options.limit ?? 100, page });
  url.search = query.toString();
  return url;
}

async function fetchPage(options: FetchAllPagesOptions, url: URL) {
  const doFetch = options.fetch ?? globalThis.fetch;
  const shown = readableUrl(url);
  const hint = `Check that the CMS is running and that CMS_URL (now "${options.cmsUrl}") points to it.`;
  let response: Response;
  try {
    response = await doFetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (cause) {
    // Node's fetch says only "fetch failed"; the useful part (ECONNREFUSED…) is its cause.
    const reason =
      [cause, (cause as { cause?: unknown } | null)?.cause]
        .filter((part): part is Error => part instanceof Error)
        .map((part) => part.message)
        .join(': ') || String(cause);
    throw new CmsError(`Could not reach the CMS at ${shown} (${reason}). ${hint}`, shown, {
      cause,
    });
  }
  if (!response.ok) {
    throw new CmsError(
      `The CMS answered ${response.status} ${response.statusText} to ${shown}. ${hint}`,
      shown,
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new CmsError(`The CMS sent something other than JSON for ${shown}. ${hint}`, shown, {
      cause,
    });
  }
  const parsed = listPageSchema.safeParse(body);
  if (!parsed.success) {
    throw new CmsError(
      `The CMS answer to ${shown} is not a Payload list (CMS_URL "${options.cmsUrl}"):\n${z.prettifyError(parsed.error)}`,
      shown,
    );
  }
  return parsed.data;
}

/**
 * Reads every page of a Payload REST list and returns all documents, unvalidated.
 * Any failure throws a CmsError: a build must fail rather than publish half a site.
 */
export async function fetchAllPages(options: FetchAllPagesOptions): Promise<unknown[]> {
  const docs: unknown[] = [];
  for (let page = 1; ; page += 1) {
    const url = pageUrl(options, page);
    const result = await fetchPage(options, url);
    docs.push(...result.docs);
    options.onPage?.({ page, totalPages: result.totalPages, totalDocs: result.totalDocs });
    if (!result.hasNextPage) return docs;
    // A CMS that keeps saying "next page" past its own total would loop forever.
    if (page >= result.totalPages) {
      throw new CmsError(
        `The CMS reports a next page after page ${page} of ${result.totalPages} for ${readableUrl(url)} (CMS_URL "${options.cmsUrl}").`,
        readableUrl(url),
      );
    }
  }
}
