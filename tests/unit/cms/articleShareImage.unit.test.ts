import { describe, expect, it } from 'vitest';
import { articleDocSchema, siteArticleSchema, toSiteArticle } from '@portals/shared/cms';
import { bodyWith, mediaDoc } from '../../fixtures/richtext/imageBody.ts';

const cmsUrl = 'http://localhost:3000';

/** A bilingual published article as `/api/articles?locale=all&depth=1` sends it. */
function articleDoc(seo: unknown) {
  return articleDocSchema.parse({
    id: 12,
    title: { fr: 'Un séjour à l’hôpital', nl: 'Een ziekenhuisverblijf' },
    slug: { fr: 'un-sejour', nl: 'een-verblijf' },
    summary: { fr: 'Préparer.', nl: 'Voorbereiden.' },
    body: { fr: bodyWith(), nl: bodyWith() },
    kind: 'page',
    seo,
    updatedAt: '2026-03-02T10:00:00.000Z',
    _status: 'published',
  });
}

function map(seo: unknown) {
  const warnings: string[] = [];
  const article = toSiteArticle(articleDoc(seo), {
    cmsUrl,
    onWarning: (message) => warnings.push(message),
  });
  if (!article) throw new Error('the article was skipped');
  return { article, warnings };
}

describe('the share image of an article', () => {
  it('becomes each language’s cover with the absolute URL, its size and the alt of that language', () => {
    const { article, warnings } = map({ image: mediaDoc() });
    expect(article.translations.fr?.image).toEqual({
      id: '7',
      src: 'http://localhost:3000/api/media/file/lecture.jpg',
      width: 1600,
      height: 900,
      alt: 'Une infirmière lit une histoire à un enfant',
    });
    expect(article.translations.nl?.image?.alt).toBe('Een verpleegster leest een kind voor');
    expect(warnings).toEqual([]);
  });

  it('is kept by the content layer’s schema', () => {
    const { article } = map({ image: mediaDoc() });
    expect(siteArticleSchema.parse(article).translations.fr?.image?.width).toBe(1600);
  });

  it('is left out, with a build warning, in a language without alternative text', () => {
    const { article, warnings } = map({ image: mediaDoc({ alt: { fr: 'Une infirmière' } }) });
    expect(article.translations.fr?.image?.alt).toBe('Une infirmière');
    expect(article.translations.nl).not.toHaveProperty('image');
    expect(warnings).toEqual(['article 12 (nl): image 7 has no alternative text in nl: left out']);
  });

  it('is left out, with a build warning, when it is not an image', () => {
    const { article, warnings } = map({ image: mediaDoc({ mimeType: 'application/pdf' }) });
    expect(article.translations.fr).not.toHaveProperty('image');
    expect(warnings).toContain('article 12 (fr): upload 7 is not an image: left out');
  });

  it('is left out, with a build warning, when read without its media document', () => {
    const { article, warnings } = map({ image: 7 });
    expect(article.translations.fr).not.toHaveProperty('image');
    expect(warnings[0]).toMatch(/^article 12 \(fr\): upload 7 came without its document/);
  });

  it('leaves an article without one, or without the SEO group, silently without a cover', () => {
    for (const seo of [undefined, null, { image: null }]) {
      const { article, warnings } = map(seo);
      expect(article.translations.fr).not.toHaveProperty('image');
      expect(warnings).toEqual([]);
    }
  });

  it('is refused by the content layer’s schema without alternative text', () => {
    const { article } = map({ image: mediaDoc() });
    const fr = article.translations.fr;
    const broken = {
      ...article,
      translations: { fr: { ...fr, image: { ...fr?.image, alt: ' ' } } },
    };
    expect(() => siteArticleSchema.parse(broken)).toThrow(/an image needs alternative text/);
  });
});
