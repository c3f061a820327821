import { describe, expect, it } from 'vitest';
import SectionPage from '@portals/shared/components/SectionPage.astro';
import type { SiteSection } from '@portals/shared/cms';
import type { SiteRoute } from '@portals/shared/site';
import {
  fixtureArticle,
  fixtureFrenchOnlyArticle,
  fixturePortalData,
  fixtureSection,
  fixtureSite,
} from '../fixtures/views/portalFixtures.ts';
import { headings, textOf } from './fiches/renderFiche.ts';
import { renderView } from './renderView.ts';

/** A French-only sub-section of the fixture section, with no article of its own. */
const childSection: SiteSection = {
  ...fixtureSection,
  id: '2',
  parentId: '1',
  availableLocales: ['fr'],
  translations: {
    fr: { title: 'Les visites', slug: 'les-visites', description: 'Qui peut venir, et quand.' },
  },
};

const childArticle = {
  ...fixtureFrenchOnlyArticle,
  sectionIds: ['2'],
};

const data = fixturePortalData({
  articles: [fixtureArticle, childArticle],
  sections: [fixtureSection, childSection],
});

function render(path: string) {
  const route = data.routes.find((candidate: SiteRoute) => candidate.path === path);
  if (route?.kind !== 'section') throw new Error(`no section route at ${path}`);
  return renderView(SectionPage, { site: fixtureSite, data, route });
}

describe('SectionPage', () => {
  it('heads the page with the section’s title and description, for search', async () => {
    const html = await render('/fr/a-l-hopital/');
    expect(html).toContain('<html lang="fr"');
    expect(headings(html, 1)).toEqual(['À l’hôpital']);
    expect(html).toMatch(/<div data-pagefind-body>\s*<h1/);
    expect(html).toContain('<p class="lead">Vivre un séjour.</p>');
  });

  it('links its sub-sections under their own heading', async () => {
    const html = await render('/fr/a-l-hopital/');
    expect(headings(html, 2)).toEqual(['Dans cette rubrique', 'Articles']);
    expect(html).toContain('href="/fr/a-l-hopital/les-visites/">Les visites</a>');
  });

  it('lists the articles of its sub-sections with its own', async () => {
    const html = await render('/fr/a-l-hopital/');
    expect(html).toContain('href="/fr/articles/la-salle-de-jeux-rouvre/"');
    expect(html).toContain('href="/fr/articles/le-groupe-de-parole/"');
  });

  it('leaves out a sub-section that has no page in the reader’s language', async () => {
    const html = await render('/nl/in-het-ziekenhuis/');
    expect(html).toContain('<html lang="nl"');
    expect(headings(html, 1)).toEqual(['In het ziekenhuis']);
    expect(html).not.toContain('les-visites');
    expect(headings(html, 2)).toEqual(['Artikels']);
  });

  it('says so when a section has no article yet', async () => {
    const empty = fixturePortalData({ articles: [], sections: [fixtureSection] });
    const route = empty.routes.find(
      (candidate: SiteRoute) => candidate.path === '/fr/a-l-hopital/',
    );
    const html = await renderView(SectionPage, { site: fixtureSite, data: empty, route });
    expect(textOf(html)).toContain('Cette rubrique ne contient pas encore d’articles.');
  });

  it('is canonical to itself, with its Dutch page as alternate and in the language switch', async () => {
    const html = await render('/fr/a-l-hopital/');
    expect(html).toContain('rel="canonical" href="https://portal.test/fr/a-l-hopital/"');
    expect(html).toContain('hreflang="nl" href="https://portal.test/nl/in-het-ziekenhuis/"');
    expect(html).toMatch(/<a href="\/nl\/in-het-ziekenhuis\/" hreflang="nl" lang="nl">/);
  });
});
