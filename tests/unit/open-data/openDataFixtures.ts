import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FetchLike } from '@portals/shared/open-data';

const fixturesDir = fileURLToPath(new URL('../../fixtures/open-data/', import.meta.url));

/** A recorded response from tests/fixtures/open-data, as text. */
export function fixtureText(name: string): Promise<string> {
  return readFile(join(fixturesDir, name), 'utf8');
}

export async function fixtureJson<T = unknown>(name: string): Promise<T> {
  return JSON.parse(await fixtureText(name)) as T;
}

/** The real record of organisation 13219, parsed afresh so each test may mutate its copy. */
export function realOrganisation(): Promise<Record<string, unknown>> {
  return fixtureJson('rest-organisation-13219.json');
}

export const baseUrl = 'https://social.brussels/rest';

type Route = (init: RequestInit) => Response | Promise<Response>;

/** A fetch that answers from a table of URL → response and records each call. */
export function fakeFetch(
  routes: Record<string, Route>,
): FetchLike & { calls: { url: string; init: RequestInit }[] } {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    calls.push({ url, init });
    const route = routes[url];
    if (!route) return new Response('not found', { status: 404 });
    return route(init);
  };
  return Object.assign(fetch, { calls });
}

export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Never answers; rejects with the signal's reason when it aborts, as the real fetch does. */
export const hang: Route = (init) =>
  new Promise((_, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error));
  });

/** A throwaway folder, removed by the returned cleanup. */
export async function temporaryDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'open-data-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
