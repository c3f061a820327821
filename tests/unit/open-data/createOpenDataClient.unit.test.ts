import { describe, expect, it } from 'vitest';
import {
  createOpenDataClient,
  OpenDataError,
  silentLogger,
  type OpenDataClientOptions,
} from '@portals/shared/open-data';
import { baseUrl, fakeFetch, fixtureJson, fixtureText, hang, json } from './openDataFixtures.ts';

const listUrl = `${baseUrl}/search/organisation/*`;

function clientWith(fetch: OpenDataClientOptions['fetch'], options: OpenDataClientOptions = {}) {
  const sleeps: number[] = [];
  const client = createOpenDataClient({
    fetch,
    logger: silentLogger,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    ...options,
  });
  return { client, sleeps };
}

describe('createOpenDataClient', () => {
  it('fetches one organisation from /organisation/{id}', async () => {
    const record = await fixtureJson('rest-organisation-13219.json');
    const fetch = fakeFetch({ [`${baseUrl}/organisation/13219`]: () => json(record) });
    const { client } = clientWith(fetch);
    await expect(client.organisation(13219)).resolves.toEqual(record);
  });

  it('sends a User-Agent that names the project and asks for JSON', async () => {
    const fetch = fakeFetch({ [listUrl]: () => json([]) });
    await clientWith(fetch).client.organisations();
    const headers = new Headers(fetch.calls[0]?.init.headers);
    expect(headers.get('User-Agent')).toMatch(/portals-open-data.*Hospichild/);
    expect(headers.get('Accept')).toBe('application/json');
  });

  it('uses a configured base URL without doubling its slash', async () => {
    const fetch = fakeFetch({ 'http://mirror.test/rest/offertypes': () => json([]) });
    await clientWith(fetch, { baseUrl: 'http://mirror.test/rest/' }).client.lookup('offerTypes');
    expect(fetch.calls.map((call) => call.url)).toEqual(['http://mirror.test/rest/offertypes']);
  });

  it('fails with an error naming the URL when the body is the HTML of the single-page app', async () => {
    const html = await fixtureText('rest-sector-LITERAL-id-paths.response.html');
    const url = `${baseUrl}/organisation/12582`;
    const fetch = fakeFetch({
      [url]: () => new Response(html, { headers: { 'Content-Type': 'text/html' } }),
    });
    const { client, sleeps } = clientWith(fetch);
    const error = await client.organisation(12582).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenDataError);
    expect(error).toMatchObject({ kind: 'not-json', url });
    expect((error as Error).message).toContain(url);
    expect(sleeps).toEqual([]);
  });

  it('fails with an error naming the URL and status on an HTTP error, without retrying a 404', async () => {
    const fetch = fakeFetch({});
    const error = await clientWith(fetch)
      .client.lookup('sectors')
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(`GET ${baseUrl}/sectors answered HTTP 404`);
    expect(fetch.calls).toHaveLength(1);
  });

  it('retries a timed-out request with exponential backoff, then fails naming the URL', async () => {
    const fetch = fakeFetch({ [listUrl]: hang });
    const { client, sleeps } = clientWith(fetch, { timeoutMs: 5, retries: 2, backoffMs: 100 });
    const error = await client.organisations().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'timeout', url: listUrl });
    expect((error as Error).message).toBe(
      `GET ${listUrl} timed out after 5 ms (gave up after 3 attempts)`,
    );
    expect(fetch.calls).toHaveLength(3);
    expect(sleeps).toEqual([100, 200]);
  });

  it('retries a 503 and a network error, then returns the answer', async () => {
    let attempt = 0;
    const fetch = fakeFetch({
      [listUrl]: () => {
        attempt++;
        if (attempt === 1) return new Response('busy', { status: 503 });
        if (attempt === 2) throw new TypeError('fetch failed');
        return json([{ id: 1 }]);
      },
    });
    const { client, sleeps } = clientWith(fetch, { backoffMs: 10 });
    await expect(client.organisations()).resolves.toEqual([{ id: 1 }]);
    expect(sleeps).toEqual([10, 20]);
  });

  it('fails when the organisation list is not an array', async () => {
    const fetch = fakeFetch({ [listUrl]: () => json({ error: 'maintenance' }) });
    await expect(clientWith(fetch).client.organisations()).rejects.toMatchObject({
      kind: 'schema',
      url: listUrl,
    });
  });

  it('refuses an id that is not a positive integer, before any request', async () => {
    const fetch = fakeFetch({});
    await expect(clientWith(fetch).client.organisation(Number.NaN)).rejects.toThrow(RangeError);
    expect(fetch.calls).toEqual([]);
  });
});
