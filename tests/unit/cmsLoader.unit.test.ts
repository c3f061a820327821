import { describe, expect, it } from 'vitest';
import { cmsLoader, CmsError, idsPerRequest, type SiteArticle } from '@portals/shared/cms';
import { articleKind, sectionKind, type ContentKind } from '@portals/shared/kit';
import { resolveInternalLinks } from '@portals/shared/richtext';
import { articleLinkResolver } from '@portals/shared/site';
import { fixtureCmsUrl } from '../fixtures/cms/fakeCms.ts';
import { edit, memoryCms, type Doc } from './cms/memoryCms.ts';
import { memoryLoaderContext } from './cms/memoryLoaderContext.ts';

type Cms = ReturnType<typeof memoryCms>;
type Persisted = ReturnType<ReturnType<typeof memoryLoaderContext>['persist']>;

/** One build's load of a collection against the in-memory CMS, from what the last build left. */
async function build(
  cms: Cms,
  collection: 'articles' | 'sections',
  previous?: Persisted,
  options: { typesOnly?: boolean } = {},
) {
  const kind: ContentKind = collection === 'articles' ? articleKind : sectionKind;
  const loader = cmsLoader({
    kind,
    portal: 'hospichild',
    cmsUrl: fixtureCmsUrl,
    fetch: cms.fetch,
    ...options,
  });
  const memory = memoryLoaderContext(loader.schema, previous);
  const firstRequest = cms.requests.length;
  await loader.load(memory.context);
  const requests = cms.requests.slice(firstRequest);
  const [listing, ...reads] = requests;
  const summary = memory.logger.lines.find((line) =>
    new RegExp(`^${collection}: \\d+ changed`).test(line.message),
  )?.message;
  return { ...memory, requests, listing, reads, summary };
}

const ids = (url: URL | undefined) => url?.searchParams.get('where[and][2][id][in]')?.split(',');

describe('cmsLoader, first build', () => {
  it('reads every published article in full and says why', async () => {
    const first = await build(memoryCms(), 'articles');
    expect([...first.entries.keys()].sort()).toEqual(['1', '2', '5', '665f1c2ab0e4d1a2b3c4d5e6']);
    expect(first.entries.get('2')?.data).toMatchObject({ availableLocales: ['fr'], kind: 'news' });
    expect(first.summary).toBe(
      'articles: 4 changed, 0 removed, 0 unchanged (of 4); full read: no earlier sync in the store',
    );
    expect(first.reads).toHaveLength(1);
    expect(first.reads[0]?.searchParams.has('where[and][2][id][in]')).toBe(false);
  });

  it('asks for published articles of the portal in the listing as in the read (payload#14750)', async () => {
    const { listing, reads } = await build(memoryCms(), 'articles');
    for (const url of [listing, reads[0]]) {
      expect(url?.pathname).toBe('/api/articles');
      expect(url?.searchParams.get('where[and][0][_status][equals]')).toBe('published');
      expect(url?.searchParams.get('where[and][1][portals][in]')).toBe('hospichild');
    }
    // The listing needs no relation; the read brings images in bodies with their media document.
    expect(listing?.searchParams.get('depth')).toBe('0');
    expect(reads[0]?.searchParams.get('depth')).toBe('1');
    // The listing asks for versions only; the read for the whole documents in every language.
    expect(
      [...(listing?.searchParams.keys() ?? [])].filter((key) => key.startsWith('select')),
    ).toEqual(['select[updatedAt]', 'select[_status]']);
    expect(reads[0]?.searchParams.get('select[body]')).toBe('true');
    expect(reads[0]?.searchParams.get('locale')).toBe('all');
  });

  it('leaves the store as it is and asks nothing with typesOnly', async () => {
    const cms = memoryCms();
    const previous = (await build(cms, 'articles')).persist();
    const typesOnly = await build(cms, 'articles', previous, { typesOnly: true });
    expect(typesOnly.requests).toHaveLength(0);
    expect(typesOnly.persist()).toEqual(previous);
  });
});

describe('cmsLoader, next builds', () => {
  it('reads only new and changed articles, and removes deleted and unpublished ones', async () => {
    const cms = memoryCms();
    const first = await build(cms, 'articles');
    edit(cms.articles, '1', { title: { fr: 'Préparer le séjour', nl: 'De opname voorbereiden' } });
    cms.articles.delete('2');
    edit(cms.articles, '5', { _status: 'draft' });
    const added: Doc = { ...cms.articles.get('665f1c2ab0e4d1a2b3c4d5e6')!, id: 6 };
    cms.articles.set('6', { ...added, slug: { fr: 'nouvel-article' } });

    const next = await build(cms, 'articles', first.persist());
    expect(next.summary).toBe('articles: 2 changed, 2 removed, 1 unchanged (of 3)');
    expect(next.reads).toHaveLength(1);
    expect(ids(next.reads[0])).toEqual(['1', '6']);
    expect(next.reads[0]?.searchParams.get('where[and][0][_status][equals]')).toBe('published');
    expect([...next.entries.keys()].sort()).toEqual(['1', '6', '665f1c2ab0e4d1a2b3c4d5e6']);
    expect(next.entries.get('1')?.data).toMatchObject({
      translations: { fr: { title: 'Préparer le séjour' } },
    });
    // The unchanged article was neither read nor written again.
    expect(next.writes).toEqual(['1', '6']);
    expect(next.entries.get('665f1c2ab0e4d1a2b3c4d5e6')?.digest).toBe(
      first.entries.get('665f1c2ab0e4d1a2b3c4d5e6')?.digest,
    );
  });

  it('reads nothing but the listing when nothing changed', async () => {
    const cms = memoryCms();
    const next = await build(cms, 'articles', (await build(cms, 'articles')).persist());
    expect(next.requests).toHaveLength(1);
    expect(next.summary).toBe('articles: 0 changed, 0 removed, 4 unchanged (of 4)');
    expect(next.writes).toEqual([]);
  });

  it('reads many changed articles by chunks of ids', async () => {
    const cms = memoryCms();
    const first = await build(cms, 'articles');
    const template = cms.articles.get('665f1c2ab0e4d1a2b3c4d5e6')!;
    for (let id = 100; id < 100 + idsPerRequest + 20; id += 1) {
      cms.articles.set(String(id), { ...template, id, slug: { fr: `article-${id}` } });
    }
    const next = await build(cms, 'articles', first.persist());
    expect(next.reads.map((url) => ids(url)?.length)).toEqual([idsPerRequest, 20]);
    expect(next.summary).toBe(
      `articles: ${idsPerRequest + 20} changed, 0 removed, 4 unchanged (of ${idsPerRequest + 24})`,
    );
  });

  it('removes an article left without any language and reads it again only once it changes', async () => {
    const cms = memoryCms();
    const first = await build(cms, 'articles');
    edit(cms.articles, '2', { title: {}, slug: {} });
    const second = await build(cms, 'articles', first.persist());
    expect(second.summary).toBe('articles: 0 changed, 1 removed, 3 unchanged (of 3)');
    const third = await build(cms, 'articles', second.persist());
    expect(third.reads).toHaveLength(0);
    edit(cms.articles, '2', { title: { fr: 'De retour' }, slug: { fr: 'de-retour' } });
    const fourth = await build(cms, 'articles', third.persist());
    expect(ids(fourth.reads[0])).toEqual(['2']);
    expect(fourth.summary).toBe('articles: 1 changed, 0 removed, 3 unchanged (of 4)');
  });

  it('never lists, reads or stores a draft that slips through the filter (payload#14750)', async () => {
    const cms = memoryCms({ ignoresStatusFilter: true });
    const first = await build(cms, 'articles');
    expect(first.entries.has('3')).toBe(false);
    const next = await build(cms, 'articles', first.persist());
    expect(next.reads).toHaveLength(0);
    expect(next.entries.has('3')).toBe(false);
    expect(next.logger.lines).toContainEqual({
      level: 'warn',
      message: 'article 3 came back with _status "draft" despite the filter: skipped',
    });
  });

  it('reads everything again when the loader, its schema or the CMS address changed', async () => {
    const cms = memoryCms();
    const previous = (await build(cms, 'articles')).persist();
    previous.meta = previous.meta.map(([key, value]) =>
      key === 'format' ? [key, 'made by an older loader'] : [key, value],
    );
    previous.entries.push(['999', { id: '999', data: { id: '999' } }]);
    const next = await build(cms, 'articles', previous);
    expect(next.summary).toBe(
      'articles: 4 changed, 1 removed, 0 unchanged (of 4); full read: the loader, its schema or the CMS address changed',
    );
    expect(next.entries.has('999')).toBe(false);
  });

  it('keeps the store as it was when the CMS fails during a sync, and catches up next time', async () => {
    const cms = memoryCms();
    const previous = (await build(cms, 'articles')).persist();
    edit(cms.articles, '1', { isDemo: true });
    cms.failWhen((url) => url.searchParams.has('where[and][2][id][in]'));
    const loader = cmsLoader({
      kind: articleKind,
      portal: 'hospichild',
      cmsUrl: fixtureCmsUrl,
      fetch: cms.fetch,
    });
    const failed = memoryLoaderContext(loader.schema, previous);
    await expect(loader.load(failed.context)).rejects.toBeInstanceOf(CmsError);
    expect(failed.persist()).toEqual(previous);
    cms.failWhen(undefined);
    const next = await build(cms, 'articles', failed.persist());
    expect(ids(next.reads[0])).toEqual(['1']);
    expect(next.entries.get('1')?.data).toMatchObject({ isDemo: true });
  });
});

describe('cmsLoader, links between articles', () => {
  const linkFrom = (build: { entries: Map<string, { data: Record<string, unknown> }> }) => {
    const articles = [...build.entries.values()].map((entry) => entry.data as SiteArticle);
    const article = articles.find((a) => a.id === '1')!;
    return resolveInternalLinks(
      article.translations.fr!.bodyHtml,
      articleLinkResolver(articles)('fr'),
    );
  };

  it('follows a renamed target without reading the article that links to it', async () => {
    const cms = memoryCms();
    const first = await build(cms, 'articles');
    expect(linkFrom(first)).toContain('href="/fr/articles/le-groupe-de-parole-reprend/"');
    edit(cms.articles, '2', { slug: { fr: 'groupe-de-parole' } });
    const next = await build(cms, 'articles', first.persist());
    expect(ids(next.reads[0])).toEqual(['2']);
    expect(next.writes).toEqual(['2']);
    expect(linkFrom(next)).toContain('href="/fr/articles/groupe-de-parole/"');
  });

  it('turns a link to a removed article into plain text, and says so in the build log', async () => {
    const cms = memoryCms();
    const first = await build(cms, 'articles');
    cms.articles.delete('2');
    const next = await build(cms, 'articles', first.persist());
    expect(linkFrom(next)).toContain('<p>Voir aussi le groupe de parole et <a href="https://');
    expect(linkFrom(next)).not.toContain('/articles/');
    expect(next.logger.lines).toContainEqual({
      level: 'warn',
      message:
        'article 1 (fr): internal link to articles 2 has no page in this language: rendered as plain text',
    });
  });
});

describe('cmsLoader, sections', () => {
  it('syncs sections the same way, with their own listing', async () => {
    const cms = memoryCms();
    const first = await build(cms, 'sections');
    expect(first.summary).toMatch(
      /^sections: 4 changed, 0 removed, 0 unchanged \(of 4\); full read/,
    );
    edit(cms.sections, '2', { order: 3 });
    cms.sections.delete('9');
    const next = await build(cms, 'sections', first.persist());
    expect(next.summary).toBe('sections: 1 changed, 1 removed, 2 unchanged (of 3)');
    expect(next.listing?.searchParams.get('where[and][0][portal][equals]')).toBe('hospichild');
    expect(next.listing?.searchParams.has('where[and][1][_status][equals]')).toBe(false);
    expect(next.listing?.searchParams.get('joins')).toBe('false');
    expect(next.reads[0]?.searchParams.get('where[and][0][portal][equals]')).toBe('hospichild');
    expect(next.reads[0]?.searchParams.get('where[and][1][id][in]')).toBe('2');
    expect(next.entries.get('2')?.data).toMatchObject({ order: 3 });
  });
});
