import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPayload, type TestPayload } from './support/startPayload.ts';

let cms: TestPayload;
beforeAll(async () => {
  cms = await startPayload();
});
afterAll(async () => {
  await cms?.stop();
});

const credentials = { email: 'demo@example.test', password: 'demo-password-1' };

async function counts() {
  const count = async (collection: 'articles' | 'sections' | 'users') =>
    (await cms.payload.count({ collection, overrideAccess: true })).totalDocs;
  return { articles: await count('articles'), sections: await count('sections'), users: await count('users') };
}

describe('the demo seed', () => {
  it('publishes at least 20 French and 12 Dutch articles, all marked as demonstration', async () => {
    const { seed } = await import('@portals/cms/seed');
    await seed(cms.payload, { credentials, log: () => undefined });
    const { docs } = await cms.payload.find({
      collection: 'articles',
      locale: 'all',
      limit: 500,
      overrideAccess: false,
    });
    const titles = docs.map((doc) => doc.title as unknown as Record<string, string | undefined>);
    expect(titles.filter((title) => title.fr).length).toBeGreaterThanOrEqual(20);
    expect(titles.filter((title) => title.nl).length).toBeGreaterThanOrEqual(12);
    expect(docs.every((doc) => doc.isDemo)).toBe(true);
  });

  it('changes nothing when run a second time', async () => {
    const { seed } = await import('@portals/cms/seed');
    const before = await counts();
    await seed(cms.payload, { credentials, log: () => undefined });
    expect(await counts()).toEqual(before);
  });

  it('creates the demo editor with the configured credentials', async () => {
    const login = await cms.payload.login({ collection: 'users', data: credentials });
    expect(login.user?.email).toBe(credentials.email);
  });
});
