import { beforeAll, describe, expect, it } from 'vitest';
import { readKind, type SiteArticle, type SiteSection } from '@portals/shared/cms';
import {
  articleUrl,
  articleUrlOrFallback,
  createSectionTree,
  MissingTranslationError,
  sectionUrl,
} from '@portals/shared/site';
import { articleKind, sectionKind } from '@portals/shared/kit';
import { fakeCms, fixtureCmsUrl, memoryLogger } from '../fixtures/cms/fakeCms.ts';

let articles: Map<string, SiteArticle>;
let sections: SiteSection[];

beforeAll(async () => {
  const options = {
    cmsUrl: fixtureCmsUrl,
    portal: 'hospichild',
    fetch: fakeCms().fetch,
    logger: memoryLogger(),
  };
  articles = new Map(
    (await readKind(articleKind, options)).map((article) => [article.id, article]),
  );
  sections = await readKind(sectionKind, options);
});

describe('articleUrl', () => {
  it('builds the localized article URL: articles in French, artikels in Dutch', () => {
    expect(articleUrl(articles.get('1')!, 'fr')).toBe('/fr/articles/preparer-l-hospitalisation/');
    expect(articleUrl(articles.get('1')!, 'nl')).toBe(
      '/nl/artikels/ziekenhuisopname-voorbereiden/',
    );
  });

  it('throws when the article does not exist in the language, naming it and the fix', () => {
    const link = () => articleUrl(articles.get('2')!, 'nl');
    expect(link).toThrow(MissingTranslationError);
    expect(link).toThrow(/article 2 \("Le groupe de parole reprend"\) in Nederlands \(nl\)/);
    expect(link).toThrow(/Add the nl title and slug in the CMS/);
  });
});

describe('articleUrlOrFallback', () => {
  it('leads a Dutch reader of a French-only article to its fallback page under the French slug', () => {
    expect(articleUrlOrFallback(articles.get('2')!, 'nl')).toBe(
      '/nl/artikels/le-groupe-de-parole-reprend/',
    );
  });

  it('still throws for a Dutch-only article asked in French: there is no Dutch-to-French fallback', () => {
    expect(() => articleUrlOrFallback(articles.get('5')!, 'fr')).toThrow(MissingTranslationError);
  });
});

describe('sectionUrl', () => {
  it('chains the parent slugs into the section path', () => {
    const tree = createSectionTree(sections);
    expect(sectionUrl(tree.get('2')!, 'fr', tree)).toBe(
      '/fr/a-l-hopital/preparer-l-hospitalisation/',
    );
    expect(sectionUrl(tree.get('2')!, 'nl', tree)).toBe(
      '/nl/in-het-ziekenhuis/de-opname-voorbereiden/',
    );
  });

  it('throws when the section has no version in the language', () => {
    const tree = createSectionTree(sections);
    expect(() => sectionUrl(tree.get('9')!, 'nl', tree)).toThrow(
      /section\(s\) 9 \("Réservé aux francophones"\) have no nl title and slug/,
    );
  });
});
