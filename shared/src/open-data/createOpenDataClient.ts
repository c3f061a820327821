import { z } from 'zod';
import { fetchJson, type FetchLike } from './fetchJson.ts';
import { consoleLogger, type Logger } from './logger.ts';
import { mapWithConcurrency } from './mapWithConcurrency.ts';
import { OpenDataError } from './OpenDataError.ts';
import {
  lookupEndpoints,
  lookupNames,
  type LookupName,
  type Lookups,
} from './schemas/lookupEndpoints.ts';

export const defaultBaseUrl = 'https://social.brussels/rest';

/** Names the project so the operator can tell our build from an unknown crawler. */
export const defaultUserAgent =
  'portals-open-data/0.1 (Hospichild and Born in Brussels portals; nightly static build; +https://www.hospichild.be)';

export interface OpenDataClientOptions {
  /** Root of the REST webservice, without a trailing slash. @default 'https://social.brussels/rest' */
  baseUrl?: string;
  /** @default globalThis.fetch */
  fetch?: FetchLike;
  /** Per attempt; the full list is several megabytes. @default 60_000 */
  timeoutMs?: number;
  /** Extra attempts on network errors, timeouts, 5xx and 429. @default 3 */
  retries?: number;
  /** Wait before the first retry, doubled each time. @default 1_000 */
  backoffMs?: number;
  /** @default a real timer; tests pass one that resolves at once */
  sleep?: (ms: number) => Promise<void>;
  /** @default defaultUserAgent */
  userAgent?: string;
  /** Lookup requests in flight at once; the operator asks nothing, but we stay gentle. @default 2 */
  concurrency?: number;
  /** @default consoleLogger */
  logger?: Logger;
  /** Cancels every request of this client. */
  signal?: AbortSignal;
}

export interface OpenDataClient {
  readonly baseUrl: string;
  /** Every organisation, unvalidated: records are checked one by one by the normaliser. */
  organisations(): Promise<unknown[]>;
  /** One organisation record, unvalidated. */
  organisation(id: number): Promise<unknown>;
  lookup<K extends LookupName>(name: K): Promise<Lookups[K]>;
  lookups(): Promise<Lookups>;
}

/** A typed client for the Bruxelles Social REST webservice (see open-data/API.md). */
export function createOpenDataClient(options: OpenDataClientOptions = {}): OpenDataClient {
  const baseUrl = (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, '');
  const get = (path: string): Promise<unknown> =>
    fetchJson(`${baseUrl}${path}`, {
      fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
      timeoutMs: options.timeoutMs ?? 60_000,
      retries: options.retries ?? 3,
      backoffMs: options.backoffMs ?? 1_000,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      userAgent: options.userAgent ?? defaultUserAgent,
      logger: options.logger ?? consoleLogger,
      ...(options.signal ? { signal: options.signal } : {}),
    });

  const parse = <T>(path: string, schema: z.ZodType<T>, body: unknown): T => {
    const result = schema.safeParse(body);
    if (result.success) return result.data;
    const url = `${baseUrl}${path}`;
    throw new OpenDataError(
      'schema',
      url,
      `GET ${url} answered an unexpected shape:\n${z.prettifyError(result.error)}`,
    );
  };

  const lookup = async <K extends LookupName>(name: K): Promise<Lookups[K]> => {
    const { path, schema } = lookupEndpoints[name];
    return parse(path, schema as unknown as z.ZodType<Lookups[K]>, await get(path));
  };

  return {
    baseUrl,
    organisations: async () => {
      const path = '/search/organisation/*';
      return parse(path, z.array(z.unknown()), await get(path));
    },
    organisation: async (id) => {
      // The id goes into the path: refuse anything that could change which URL we call.
      if (!Number.isSafeInteger(id) || id <= 0)
        throw new RangeError(`Not an organisation id: ${id}`);
      const path = `/organisation/${id}`;
      return parse(path, z.record(z.string(), z.unknown()), await get(path));
    },
    lookup,
    lookups: async () => {
      const tables = await mapWithConcurrency(lookupNames, options.concurrency ?? 2, lookup);
      return Object.fromEntries(lookupNames.map((name, i) => [name, tables[i]])) as Lookups;
    },
  };
}
