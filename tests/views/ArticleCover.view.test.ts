import { describe, expect, it } from 'vitest';
import ArticlePage from '@portals/shared/components/ArticlePage.astro';
import type { SiteRoute } from '@portals/shared/site';
import {
  fixtureArticle,
  fixtureArticleWithImage,
  fixturePortalData,
  fixtureSite,
} from '../fixtures/views/portalFixtures.ts';
import { renderView } from './renderView.ts';

const data = fixturePortalData({ articles: [fixtureArticle, fixtureArticleWithImage] });

function render(path: string) {
  const route = data.routes.find((candidate: SiteRoute) => candidate.path === path);
  if (route?.kind !== 'article' && route?.kind !== 'articleFallback') {
    throw new Error(`no article route at ${path}`);
  }
  return renderView(ArticlePage, { site: fixtureSite, data, route });
}

const coverOf = (html: string) => /<div class="cover">\s*(<img [^>]+>)/.exec(html)?.[1] ?? '';

describe('ArticlePage cover and share image', () => {
  it('shows the share image as a described cover in the article header, loaded at once', async () => {
    const html = await render('/fr/articles/la-salle-de-jeux-en-images/');
    expect(html).toMatch(/<header>[\s\S]*<div class="cover">[\s\S]*<\/header>/);
    const img = coverOf(html);
    expect(img).toContain('alt="Des enfants jouent aux cubes dans la salle de jeux"');
    expect(img).toContain('loading="eager"');
    expect(img).toMatch(/srcset="[^"]*400w, [^"]*800w, [^"]*1200w, [^"]*1600w"/);
    expect(img).toMatch(/sizes="[^"]+"/);
    expect(img).toContain('width="800" height="533"');
  });

  it('gives networks an absolute 1200-wide JPEG rendition with its size and description', async () => {
    const html = await render('/fr/articles/la-salle-de-jeux-en-images/');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(image).toMatch(/^https:\/\/portal\.test\//);
    expect(image).toContain('salle-de-jeux.jpg');
    expect(image).toContain('w=1200');
    expect(image).toContain('f=jpg');
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    expect(html).toContain('<meta property="og:image:height" content="800">');
    expect(html).toContain(
      '<meta property="og:image:alt" content="Des enfants jouent aux cubes dans la salle de jeux">',
    );
  });

  it('keeps the French description with the French text on the Dutch fallback page', async () => {
    const html = await render('/nl/artikels/la-salle-de-jeux-en-images/');
    expect(html).toMatch(/<article[^>]*lang="fr"[\s\S]*<div class="cover">/);
    expect(coverOf(html)).toContain('alt="Des enfants jouent aux cubes dans la salle de jeux"');
  });

  it('shows no cover and no og:image for an article without a share image', async () => {
    const html = await render('/fr/articles/la-salle-de-jeux-rouvre/');
    expect(html).not.toContain('class="cover"');
    expect(html).not.toContain('og:image');
  });
});
