import { describe, expect, it } from 'vitest';
import { fixturePlan } from './wordpressFixture.ts';

describe('planImport', () => {
  it('pairs WPML translations into one article per group, by trid or duplicate', async () => {
    const { plan } = await fixturePlan();
    const pairs = plan.articles.map((article) => [
      article.key,
      article.versions.fr?.wordpressId,
      article.versions.nl?.wordpressId,
    ]);
    expect(pairs).toEqual([
      ['post:10', 10, 11],
      ['post:12', 12, 13],
      ['post:14', undefined, 14],
      ['page:20', 20, 21],
      ['page:22', 22, 23],
    ]);
  });

  it('keeps the original date and the kind of each article', async () => {
    const { plan } = await fixturePlan();
    const bath = plan.articles.find((article) => article.key === 'post:10');
    expect(bath).toMatchObject({ kind: 'news', publishedAt: '2024-03-12T08:30:00.000Z' });
    expect(plan.articles.find((article) => article.key === 'page:22')?.kind).toBe('page');
  });

  it('makes sections of categories and of pages with child pages', async () => {
    const { plan } = await fixturePlan();
    expect(
      plan.sections.map((section) => [
        section.key,
        section.title.fr,
        section.slug.nl,
        section.parentKey,
      ]),
    ).toEqual([
      ['category:3', 'Vie quotidienne', 'dagelijks-leven', undefined],
      ['category:5', 'Santé', 'gezondheid', undefined],
      ['category:7', 'Vaccins', 'vaccinaties', 'category:5'],
      ['page:20', 'À propos', 'over-ons', undefined],
    ]);
  });

  it('places posts in their categories and child pages in their parent’s section', async () => {
    const { plan } = await fixturePlan();
    const sections = Object.fromEntries(plan.articles.map((a) => [a.key, a.sectionKeys]));
    expect(sections).toEqual({
      'post:10': ['category:3'],
      'post:12': ['category:7'],
      'post:14': ['category:3'],
      'page:20': ['page:20'],
      'page:22': ['page:20'],
    });
  });

  it('pairs attachments and notes the file missing from the media folder', async () => {
    const { plan } = await fixturePlan();
    expect(plan.media.map((media) => [media.key, media.file, media.alt.nl])).toEqual([
      ['attachment:30', '2024/03/bain-bebe.png', 'Een baby zit in een klein blauw badje'],
      ['attachment:32', undefined, undefined],
    ]);
  });
});
