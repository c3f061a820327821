import { describe, expect, it } from 'vitest';
import { articlePlacements, createSectionTree, listArticles } from '@portals/shared/site';
import { treeArticles, treeSections } from '../../fixtures/views/treeFixtures.ts';

const tree = createSectionTree(treeSections);
const [inThreeBranches] = treeArticles;

describe('articlePlacements', () => {
  it('takes the first of the article’s sections as its main placement', () => {
    expect(articlePlacements(inThreeBranches!, tree, 'fr').main?.id).toBe('11');
  });

  it('lists the other placements in the editors’ order, with their chain of titles', () => {
    expect(articlePlacements(inThreeBranches!, tree, 'nl').others).toEqual([
      { sectionId: '12', titles: ['Gezondheid', 'Na'], href: '/nl/gezondheid/na/' },
      { sectionId: '21', titles: ['SOS', 'Nood'], href: '/nl/sos/nood/' },
    ]);
  });

  it('ignores sections of another portal: the first of this portal’s is the main one', () => {
    const shared = { sectionIds: ['999', '21', '11'] };
    const placements = articlePlacements(shared, tree, 'fr');
    expect(placements.main?.id).toBe('21');
    expect(placements.others.map((placement) => placement.sectionId)).toEqual(['11']);
  });

  it('leaves out a placement whose section has no page in the language', () => {
    const frenchOnly = {
      ...treeSections[2]!,
      translations: { fr: treeSections[2]!.translations.fr },
    };
    const partial = createSectionTree([...treeSections.filter((s) => s.id !== '12'), frenchOnly]);
    const others = articlePlacements(inThreeBranches!, partial, 'nl').others;
    expect(others.map((placement) => placement.sectionId)).toEqual(['21']);
  });

  it('has no main placement for an article outside the tree (news)', () => {
    expect(articlePlacements({ sectionIds: [] }, tree, 'fr')).toEqual({
      main: undefined,
      others: [],
    });
  });
});

describe('one canonical URL per article', () => {
  it('links every branch’s list to the same article URL', () => {
    const hrefs = ['11', '12', '21'].map(
      (id) =>
        listArticles(treeArticles, 'fr', { sectionIds: [id] }).find((item) => item.id === '1')
          ?.href,
    );
    expect(hrefs).toEqual([
      '/fr/articles/article-1-fr/',
      '/fr/articles/article-1-fr/',
      '/fr/articles/article-1-fr/',
    ]);
  });
});
