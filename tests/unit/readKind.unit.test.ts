import { describe, expect, it } from 'vitest';
import { CmsError, readKind, type ReadOptions } from '@portals/shared/cms';
import { z } from 'zod';
import { articleKind, sectionKind, type ContentKind, type KitEntry } from '@portals/shared/kit';
import { resolveInternalLinks } from '@portals/shared/richtext';
import { articleLinkResolver } from '@portals/shared/site';
import { fakeCms, fixtureCmsUrl, memoryLogger, unreachableFetch } from '../fixtures/cms/fakeCms.ts';

const readSiteArticles = (options: ReadOptions) => readKind(articleKind, options);
const readSiteSections = (options: ReadOptions) => readKind(sectionKind, options);

async function read() {
  const cms = fakeCms();
  const logger = memoryLogger();
  const articles = await readSiteArticles({
    cmsUrl: fixtureCmsUrl,
    portal: 'hospichild',
    fetch: cms.fetch,
    logger,
  });
  return {
    articles,
    logger,
    requests: cms.requests,
    byId: new Map(articles.map((a) => [a.id, a])),
  };
}

describe('readKind with articleKind', () => {
  it('asks for published articles of the portal, in every locale, at depth 1 for the images in bodies', async () => {
    const { requests } = await read();
    const params = requests[0]!.searchParams;
    expect(requests[0]!.pathname).toBe('/api/articles');
    expect(params.get('locale')).toBe('all');
    expect(params.get('depth')).toBe('1');
    expect(params.get('where[and][0][_status][equals]')).toBe('published');
    expect(params.get('where[and][1][portals][in]')).toBe('hospichild');
    expect(params.get('select[_status]')).toBe('true');
  });

  it('follows the pages until hasNextPage is false and logs each one', async () => {
    const { requests, logger, articles } = await read();
    expect(requests.map((url) => url.searchParams.get('page'))).toEqual(['1', '2']);
    expect(logger.lines.filter((line) => line.message.startsWith('articles: page'))).toHaveLength(
      2,
    );
    expect(articles.map((article) => article.id)).toEqual([
      '1',
      '2',
      '665f1c2ab0e4d1a2b3c4d5e6',
      '5',
    ]);
  });

  it('drops a draft that slips through the status filter (payload#14750) and says so', async () => {
    const { byId, logger } = await read();
    expect(byId.has('3')).toBe(false);
    const warnings = logger.lines.filter((line) => line.level === 'warn');
    expect(warnings.map((line) => line.message)).toEqual([
      'article 3 came back with _status "draft" despite the filter: skipped',
    ]);
  });

  it('normalises numeric and string ids, and section ids, to strings', async () => {
    const { byId } = await read();
    expect(byId.get('1')?.sectionIds).toEqual(['2', '1']);
    expect(byId.get('665f1c2ab0e4d1a2b3c4d5e6')?.sectionIds).toEqual(['14']);
  });

  it('counts a locale as available only when both title and slug are non-empty there', async () => {
    const { byId } = await read();
    expect(byId.get('1')?.availableLocales).toEqual(['fr', 'nl']);
    expect(byId.get('2')?.availableLocales).toEqual(['fr']);
    expect(byId.get('2')?.translations.nl).toBeUndefined();
    expect(byId.get('5')?.availableLocales).toEqual(['nl']);
  });

  it('keeps per-locale title, slug and summary, with empty text for a missing summary', async () => {
    const { byId } = await read();
    expect(byId.get('1')?.translations.nl).toMatchObject({
      title: 'De ziekenhuisopname van je kind voorbereiden',
      slug: 'ziekenhuisopname-voorbereiden',
    });
    expect(byId.get('665f1c2ab0e4d1a2b3c4d5e6')?.translations.fr?.summary).toBe('');
    expect(byId.get('665f1c2ab0e4d1a2b3c4d5e6')?.isDemo).toBe(false);
  });

  it('renders bodies to HTML, leaving links between articles for the page to resolve', async () => {
    const { articles, byId } = await read();
    const article = byId.get('1')!;
    expect(article.translations.fr?.bodyHtml).toContain('<h2>Avant le séjour</h2>');
    expect(article.translations.fr?.bodyHtml).toContain(
      '<a data-internal-link="articles/2">le groupe de parole</a>',
    );
    const links = articleLinkResolver(articles);
    expect(resolveInternalLinks(article.translations.fr!.bodyHtml, links('fr'))).toContain(
      'href="/fr/articles/le-groupe-de-parole-reprend/"',
    );
    // Article 2 has no Dutch version: the Dutch body links to its fallback page.
    expect(resolveInternalLinks(article.translations.nl!.bodyHtml, links('nl'))).toContain(
      'href="/nl/artikels/le-groupe-de-parole-reprend/"',
    );
    expect(byId.get('2')?.translations.fr?.bodyHtml).not.toContain('<script');
  });

  it('reads only the articles asked for, with the same filters', async () => {
    const cms = fakeCms();
    await readSiteArticles({
      cmsUrl: fixtureCmsUrl,
      portal: 'hospichild',
      fetch: cms.fetch,
      logger: memoryLogger(),
      ids: ['1', '665f1c2ab0e4d1a2b3c4d5e6'],
    });
    const params = cms.requests[0]!.searchParams;
    expect(params.get('where[and][0][_status][equals]')).toBe('published');
    expect(params.get('where[and][1][portals][in]')).toBe('hospichild');
    expect(params.get('where[and][2][id][in]')).toBe('1,665f1c2ab0e4d1a2b3c4d5e6');
  });

  it('fails with a message naming CMS_URL and the URL tried when the CMS is unreachable', async () => {
    const attempt = readSiteArticles({
      cmsUrl: 'http://localhost:3999',
      portal: 'hospichild',
      fetch: unreachableFetch,
      logger: memoryLogger(),
    });
    await expect(attempt).rejects.toBeInstanceOf(CmsError);
    await expect(attempt).rejects.toThrow(/CMS_URL.*http:\/\/localhost:3999/);
    await expect(attempt).rejects.toThrow('http://localhost:3999/api/articles?locale=all');
  });

  it('fails with the document id when the CMS sends an article it cannot read', async () => {
    const broken = (() =>
      Promise.resolve(
        Response.json({
          docs: [
            {
              id: 7,
              title: 'Pas localisé',
              slug: {},
              kind: 'news',
              updatedAt: 'hier',
              _status: 'published',
            },
          ],
          totalDocs: 1,
          totalPages: 1,
          page: 1,
          hasNextPage: false,
        }),
      )) as typeof fetch;
    const attempt = readSiteArticles({
      cmsUrl: fixtureCmsUrl,
      portal: 'hospichild',
      fetch: broken,
      logger: memoryLogger(),
    });
    await expect(attempt).rejects.toThrow(/id 7[\s\S]*locale=all[\s\S]*ISO date/);
  });
});

describe('readKind with sectionKind', () => {
  it('maps parents, order and the locales in which each section exists', async () => {
    const cms = fakeCms();
    const sections = await readSiteSections({
      cmsUrl: fixtureCmsUrl,
      portal: 'hospichild',
      fetch: cms.fetch,
      logger: memoryLogger(),
    });
    expect(cms.requests[0]!.searchParams.get('where[and][0][portal][equals]')).toBe('hospichild');
    const child = sections.find((section) => section.id === '2');
    expect(child).toMatchObject({ parentId: '1', order: 1, availableLocales: ['fr', 'nl'] });
    expect(child?.translations.nl?.description).toBe('');
    expect(sections.find((section) => section.id === '9')?.availableLocales).toEqual(['fr']);
  });
});

describe('readKind with any descriptor', () => {
  const plainKind: ContentKind<{ id: string; updatedAt: string }, KitEntry> = {
    name: 'plain',
    collection: 'sections',
    fields: ['updatedAt'],
    drafts: false,
    byPortal: false,
    docSchema: z.object({ id: z.coerce.string(), updatedAt: z.string() }),
    entrySchema: z.object({ id: z.string(), updatedAt: z.string() }),
    toEntry: (doc) => (doc.id === '9' ? null : doc),
  };

  it('adds no status or portal filter when the kind has neither, and leaves out unmapped documents', async () => {
    const cms = fakeCms();
    const entries = await readKind(plainKind, {
      cmsUrl: fixtureCmsUrl,
      portal: 'hospichild',
      fetch: cms.fetch,
      logger: memoryLogger(),
    });
    const keys = [...cms.requests[0]!.searchParams.keys()];
    expect(keys.filter((key) => key.startsWith('where'))).toEqual([]);
    expect(keys.filter((key) => key.startsWith('select'))).toEqual(['select[updatedAt]']);
    expect(entries.map((entry) => entry.id)).not.toContain('9');
    expect(entries.length).toBeGreaterThan(0);
  });
});
