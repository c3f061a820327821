import { describe, expect, it } from 'vitest';
import { byEditorialOrder, listArticles } from '@portals/shared/site';
import { treeArticles } from '../../fixtures/views/treeFixtures.ts';

const item = (title: string, editorialOrder?: string, publishedAt: string | null = null) => ({
  title,
  publishedAt,
  ...(editorialOrder === undefined ? {} : { editorialOrder }),
});

describe('byEditorialOrder', () => {
  it('sorts by the editors’ keys as plain strings, not by locale collation', () => {
    const sorted = [item('b', 'a1'), item('c', 'Zz'), item('a', 'a0')].sort(byEditorialOrder);
    expect(sorted.map((each) => each.title)).toEqual(['c', 'a', 'b']);
  });

  it('puts never-ordered articles last, newest first', () => {
    const sorted = [
      item('old', undefined, '2026-01-01'),
      item('new', undefined, '2026-05-01'),
      item('ordered', 'a0', '2025-01-01'),
    ].sort(byEditorialOrder);
    expect(sorted.map((each) => each.title)).toEqual(['ordered', 'new', 'old']);
  });
});

describe('listArticles in the editors’ order', () => {
  it('lists a section’s articles by their keys, unordered ones after them', () => {
    const ids = listArticles(treeArticles, 'fr', { sectionIds: ['12'], order: 'editorial' }).map(
      (each) => each.id,
    );
    expect(ids).toEqual(['2', '3', '1']);
  });

  it('keeps news lists newest first by default', () => {
    const ids = listArticles(treeArticles, 'fr', { sectionIds: ['12'] }).map((each) => each.id);
    expect(ids).toEqual(['3', '2', '1']);
  });
});
