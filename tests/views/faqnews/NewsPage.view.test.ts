import { portals } from '@portals/content-models';
import { describe, expect, it } from 'vitest';
import { newsRoutes } from '@portals/shared/features/news/newsRoutes.ts';
import { views } from '@portals/shared/features/news/views.ts';
import { newsArticle, routeContext } from '../../unit/faqnews/faqnewsFixtures.ts';
import { renderView } from '../renderView.ts';

const site = { portal: portals.hospichild };
const context = routeContext({
  articles: Array.from({ length: 23 }, (_, i) => newsArticle(i + 1, { nl: i % 2 === 0 })),
});

async function render(path: string) {
  const route = [...newsRoutes(context, 'fr'), ...newsRoutes(context, 'nl')].find(
    (candidate) => candidate.path === path,
  );
  if (route?.kind !== 'newsPage') throw new Error(`no news page at ${path}`);
  return renderView(views.newsPage, { site, route, data: { navigation: () => [] } });
}

describe('NewsPage', () => {
  it('lists the ten newest items of the page under a level-one heading', async () => {
    const html = await render('/fr/actualites/');
    expect(html).toMatch(/<h1[^>]*>Actualités<\/h1>/);
    expect(html.match(/<h2 class="title"/g)).toHaveLength(10);
    expect(html).toContain('href="/fr/articles/nouvelle-23/"');
    expect(html).not.toContain('href="/fr/articles/nouvelle-13/"');
  });

  it('names the page’s position in its title after the first page', async () => {
    const html = await render('/fr/actualites/2/');
    expect(html).toMatch(/<h1[^>]*>Actualités, page 2 sur 3<\/h1>/);
    expect(html).toContain('<title>Actualités, page 2 sur 3 – Hospichild</title>');
  });

  it('offers a labelled pagination with the current page marked and rel links', async () => {
    const html = await render('/fr/actualites/2/');
    expect(html).toMatch(/<nav class="pagination" aria-label="Pages des actualités"/);
    expect(html).toMatch(/<a href="\/fr\/actualites\/2\/" aria-label="Page 2" aria-current="page"/);
    expect(html).toMatch(/<a href="\/fr\/actualites\/" rel="prev"[^>]*>\s*Page précédente/);
    expect(html).toMatch(/<a href="\/fr\/actualites\/3\/" rel="next"[^>]*>\s*Page suivante/);
    expect(html).toContain('<link rel="prev" href="https://portal.test/fr/actualites/">');
    expect(html).toContain('<link rel="next" href="https://portal.test/fr/actualites/3/">');
  });

  it('announces the feed of its language in the head and links it on the page', async () => {
    const html = await render('/nl/nieuws/');
    expect(html).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Hospichild: nieuws" href="https://portal.test/nl/nieuws/rss.xml">',
    );
    expect(html).toMatch(/<a href="\/nl\/nieuws\/rss.xml" type="application\/rss\+xml"/);
    expect(html).toContain('Abonneren op het nieuws (RSS)');
  });

  it('marks French-only news on the Dutch list as French', async () => {
    const html = await render('/nl/nieuws/');
    expect(html).toMatch(/<span lang="fr"[^>]*>Nouvelle 22<\/span>/);
    expect(html).toContain('(in het Frans)');
  });

  it('shows no pagination when one page holds every item', async () => {
    const one = routeContext({ articles: [newsArticle(1)] });
    const [route] = newsRoutes(one, 'fr');
    if (route?.kind !== 'newsPage') throw new Error('no news page');
    const html = await renderView(views.newsPage, { site, route, data: { navigation: () => [] } });
    expect(html).not.toContain('class="pagination"');
    expect(html).not.toContain('rel="next"');
  });
});
