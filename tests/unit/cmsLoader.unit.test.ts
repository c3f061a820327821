import { describe, expect, it } from 'vitest';
import { cmsLoader } from '@portals/shared/cms';
import { fakeCms, fixtureCmsUrl, memoryLogger } from '../fixtures/cms/fakeCms.ts';

/** Just enough of Astro's loader context to run a load outside Astro. */
function fakeContext(schema: { parse: (data: unknown) => unknown }) {
  const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
  const meta = new Map<string, string>();
  const context = {
    store: {
      clear: () => entries.clear(),
      set: (entry: { id: string; data: Record<string, unknown> }) => (
        entries.set(entry.id, entry),
        true
      ),
    },
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => meta.set(key, value),
    },
    logger: memoryLogger(),
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(schema.parse(data)),
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(16),
  };
  return { entries, meta, context };
}

describe('cmsLoader', () => {
  it('stores each published article under its id, validated by the site schema', async () => {
    const loader = cmsLoader({
      collection: 'articles',
      portal: 'hospichild',
      cmsUrl: fixtureCmsUrl,
      fetch: fakeCms().fetch,
    });
    const { entries, meta, context } = fakeContext(loader.schema);
    await loader.load(context as unknown as Parameters<typeof loader.load>[0]);
    expect([...entries.keys()]).toEqual(['1', '2', '665f1c2ab0e4d1a2b3c4d5e6', '5']);
    expect(entries.get('2')?.data).toMatchObject({ availableLocales: ['fr'], kind: 'news' });
    expect(meta.get('count')).toBe('4');
  });

  it('replaces the store on every load so unpublished documents disappear', async () => {
    const loader = cmsLoader({
      collection: 'sections',
      portal: 'hospichild',
      cmsUrl: fixtureCmsUrl,
      fetch: fakeCms().fetch,
    });
    const { entries, context } = fakeContext(loader.schema);
    entries.set('999', { id: '999', data: {} });
    await loader.load(context as unknown as Parameters<typeof loader.load>[0]);
    expect(entries.has('999')).toBe(false);
    expect(entries.size).toBe(4);
  });
});
