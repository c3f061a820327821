import { describe, expect, it } from 'vitest';
import {
  createOpenDataClient,
  lookupEndpoints,
  lookupNames,
  readLookups,
  silentLogger,
  type LookupName,
} from '@portals/shared/open-data';
import { baseUrl, fakeFetch, fixtureText } from './openDataFixtures.ts';

const fixtureFiles: Record<LookupName, string> = {
  sectors: 'rest-sectors.json',
  categories: 'rest-search-category_activity-star.json',
  agreements: 'rest-agreements.json',
  agreementPowers: 'rest-agreementpowers.json',
  actionZones: 'rest-actionzones.json',
  languageOffer: 'rest-languageoffer.json',
  legalStatus: 'rest-legalstatus.json',
  offerTypes: 'rest-offertypes.json',
};

/** Serves every recorded lookup response and counts requests in flight. */
async function recordedService() {
  const bodies = await Promise.all(lookupNames.map((name) => fixtureText(fixtureFiles[name])));
  const state = { inFlight: 0, maxInFlight: 0 };
  const routes = Object.fromEntries(
    lookupNames.map((name, i) => [
      `${baseUrl}${lookupEndpoints[name].path}`,
      async () => {
        state.maxInFlight = Math.max(state.maxInFlight, ++state.inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        state.inFlight--;
        return new Response(bodies[i]);
      },
    ]),
  );
  return { fetch: fakeFetch(routes), state };
}

describe('lookups', () => {
  it('parses every recorded lookup response with the counts of the 2019 capture', async () => {
    const { fetch } = await recordedService();
    const lookups = await createOpenDataClient({ fetch, logger: silentLogger }).lookups();
    const counts = Object.fromEntries(lookupNames.map((name) => [name, lookups[name].length]));
    expect(counts).toEqual({
      sectors: 21,
      categories: 658,
      agreements: 233,
      agreementPowers: 14,
      actionZones: 169,
      languageOffer: 112,
      legalStatus: 26,
      offerTypes: 6,
    });
    expect(lookups.agreements.find((agreement) => agreement.id === 648)?.labelFr).toMatch(
      /^Hôpital aigu/,
    );
  });

  it('trims the trailing spaces of language names', async () => {
    const { fetch } = await recordedService();
    const languages = await createOpenDataClient({ fetch, logger: silentLogger }).lookup(
      'languageOffer',
    );
    expect(languages.find((language) => language.id === 820)).toMatchObject({
      nameFr: 'russe',
      nameNl: 'Russisch',
    });
  });

  it('keeps no more lookup requests in flight than the concurrency limit', async () => {
    const { fetch, state } = await recordedService();
    await createOpenDataClient({ fetch, logger: silentLogger, concurrency: 2 }).lookups();
    expect(fetch.calls).toHaveLength(lookupNames.length);
    expect(state.maxInFlight).toBe(2);
  });

  it('fails naming the URL when a lookup answers an unexpected shape', async () => {
    const url = `${baseUrl}/offertypes`;
    const fetch = fakeFetch({ [url]: () => new Response('[{"id":"733"}]') });
    const client = createOpenDataClient({ fetch, logger: silentLogger });
    await expect(client.lookup('offerTypes')).rejects.toThrow(
      `GET ${url} answered an unexpected shape`,
    );
  });

  it('reads the lookups recorded in the snapshot', async () => {
    const lookups = await readLookups();
    expect(lookups.sectors.map((sector) => sector.id)).toContain(46);
    expect(lookups.categories).toHaveLength(658);
  });
});
