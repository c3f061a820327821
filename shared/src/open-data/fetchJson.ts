import { OpenDataError } from './OpenDataError.ts';
import type { Logger } from './logger.ts';

/** The part of `fetch` we use, so tests can pass a function that returns recorded bodies. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchJsonOptions {
  fetch: FetchLike;
  /** Abort one attempt after this many milliseconds. */
  timeoutMs: number;
  /** Extra attempts after the first one, for network errors, timeouts, 5xx and 429. */
  retries: number;
  /** Wait before the first retry; doubled before each next one. */
  backoffMs: number;
  sleep: (ms: number) => Promise<void>;
  userAgent: string;
  logger: Logger;
  /** Cancels every attempt; a cancelled call is never retried. */
  signal?: AbortSignal;
}

/** GETs `url` and parses its body as JSON, retrying transient failures with exponential backoff. */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptFetch(url, options);
    } catch (error) {
      const transient = error instanceof OpenDataError && error.retryable;
      if (!transient || attempt >= options.retries || options.signal?.aborted) {
        throw attempt > 0 && error instanceof OpenDataError
          ? withAttempts(error, attempt + 1)
          : error;
      }
      const delay = options.backoffMs * 2 ** attempt;
      options.logger.warn(`${error.message}; retrying in ${delay} ms`);
      await options.sleep(delay);
    }
  }
}

async function attemptFetch(url: string, options: FetchJsonOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let body: string;
  try {
    const response = await options.fetch(url, {
      method: 'GET',
      headers: { Accept: 'application/json', 'User-Agent': options.userAgent },
      redirect: 'follow',
      signal,
    });
    // Read the body under the same signal: a slow body is as much a timeout as a slow header.
    body = await response.text();
    if (!response.ok) {
      throw new OpenDataError(
        'http',
        url,
        `GET ${url} answered HTTP ${response.status}`,
        response.status,
      );
    }
  } catch (error) {
    if (error instanceof OpenDataError) throw error;
    if (timeout.aborted && !options.signal?.aborted) {
      throw new OpenDataError(
        'timeout',
        url,
        `GET ${url} timed out after ${options.timeoutMs} ms`,
        undefined,
        { cause: error },
      );
    }
    throw new OpenDataError('network', url, `GET ${url} failed: ${describe(error)}`, undefined, {
      cause: error,
    });
  }
  return parseBody(url, body);
}

/**
 * Unknown /rest/ paths answer with the single-page app's index.html and, as far as anyone
 * recorded, a success status; so parse the body rather than trust the status or Content-Type.
 */
function parseBody(url: string, body: string): unknown {
  if (body.trim() === '')
    throw new OpenDataError('not-json', url, `GET ${url} answered an empty body, not JSON`);
  try {
    return JSON.parse(body);
  } catch {
    const start = body.trim().slice(0, 40).replace(/\s+/g, ' ');
    throw new OpenDataError(
      'not-json',
      url,
      `GET ${url} answered a body that is not JSON (starts with "${start}")`,
    );
  }
}

function withAttempts(error: OpenDataError, attempts: number): OpenDataError {
  const message = `${error.message} (gave up after ${attempts} attempts)`;
  return new OpenDataError(error.kind, error.url, message, error.status, { cause: error });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
