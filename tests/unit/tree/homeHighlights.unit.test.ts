import { describe, expect, it } from 'vitest';
import { kitEntries } from '@portals/shared/kit';
import { announcementOf, featuredOf } from '@portals/shared/features/portalHome/homeHighlights.ts';
import { treeArticles } from '../../fixtures/views/treeFixtures.ts';

const record = (until: string | null) => ({
  id: '1',
  updatedAt: '2026-01-01T00:00:00.000Z',
  announcement: {
    title: { fr: 'Une annonce' },
    text: { fr: 'Son texte.' },
    link: { collection: 'articles', id: '2' },
    until,
  },
  featured: [
    { collection: 'articles', id: '3' },
    { collection: 'hospitals', id: '9' },
    { collection: 'articles', id: '1' },
  ],
});

const entries = (until: string | null) =>
  kitEntries({ articles: treeArticles, portalHome: [record(until)] });

describe('announcementOf', () => {
  it('shows the announcement with a link to its article until the end of its last day', () => {
    const on = announcementOf(
      entries('2026-06-10T00:00:00.000Z'),
      'fr',
      new Date('2026-06-10T22:00:00Z'),
    );
    expect(on).toEqual({
      title: 'Une annonce',
      text: 'Son texte.',
      href: '/fr/articles/article-2-fr/',
      until: '2026-06-10T00:00:00.000Z',
    });
  });

  it('hides it once its end date has passed', () => {
    const until = '2026-06-10T00:00:00.000Z';
    expect(announcementOf(entries(until), 'fr', new Date('2026-06-11T00:00:01Z'))).toBeUndefined();
  });

  it('hides it in a language where it has no title, and keeps one without an end date', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(announcementOf(entries(null), 'nl', now)).toBeUndefined();
    expect(announcementOf(entries(null), 'fr', now)?.title).toBe('Une annonce');
  });
});

describe('featuredOf', () => {
  it('lists the featured pages in the editors’ order, skipping those this portal lacks', () => {
    expect(featuredOf(entries(null), 'nl').map((item) => item.href)).toEqual([
      '/nl/artikels/article-3-fr/',
      '/nl/artikels/article-1-nl/',
    ]);
  });
});
