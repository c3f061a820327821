import { portals } from '@portals/content-models';
import { kitEntries, type SiteRoute } from '@portals/shared/kit';
import { newsletterFeature } from '@portals/shared/features/newsletter/feature.ts';
import { newsletterEditionKind } from '@portals/shared/features/newsletter/newsletterEditionKind.ts';
import { views } from '@portals/shared/features/newsletter/views.ts';
import { describe, expect, it } from 'vitest';
import { editionDocs } from '../../fixtures/newsletter/editionDocs.ts';
import { renderView } from '../renderView.ts';

const site = { portal: portals.hospichild };
const editions = editionDocs.flatMap((doc) => {
  const entry = newsletterEditionKind.toEntry(newsletterEditionKind.docSchema.parse(doc), {
    cmsUrl: 'https://cms.example.test',
    onWarning: () => undefined,
  });
  return entry ? [entry] : [];
});
const context = {
  locales: ['fr', 'nl'] as const,
  entries: kitEntries({ newsletterEditions: editions }),
};

function routeAt(locale: 'fr' | 'nl', path: string): SiteRoute {
  const found = newsletterFeature.routes(context, locale).find((route) => route.path === path);
  if (!found) throw new Error(`no route ${path}`);
  return found;
}

async function render(locale: 'fr' | 'nl', path: string) {
  const route = routeAt(locale, path);
  const view = views[route.kind as keyof typeof views];
  return (await renderView(view, { site, route, data: { navigation: () => [] } })).replace(
    /\u202f/g,
    ' ',
  );
}

describe('newsletter archive', () => {
  it('lists the sent editions of the language, newest first, never a draft', async () => {
    const html = await render('fr', '/fr/lettre-d-information/archives/');
    expect(html).toMatch(/<h1[^>]*>Lettres déjà parues<\/h1>/);
    const november = html.indexOf('href="/fr/lettre-d-information/archives/2026-11/"');
    const october = html.indexOf('href="/fr/lettre-d-information/archives/2026-10/"');
    expect(november).toBeGreaterThan(-1);
    expect(october).toBeGreaterThan(november);
    expect(html).toContain('Envoyée le 1 décembre 2026');
    expect(html).not.toContain('Lettre pas encore envoyée');
  });

  it('has no archive in a language without a sent edition', () => {
    const paths = newsletterFeature.routes(context, 'nl').map((route) => route.path);
    expect(paths).not.toContain('/nl/nieuwsbrief/archief/');
    expect(paths).toContain('/nl/nieuwsbrief/');
  });
});

describe('newsletter edition page', () => {
  it('shows the editor’s word and links each item to its page on the portal', async () => {
    const html = await render('fr', '/fr/lettre-d-information/archives/2026-11/');
    expect(html).toMatch(/<h1[^>]*>La lettre de novembre<\/h1>/);
    expect(html).toContain('<p>Ce mois-ci, deux nouvelles.</p>');
    expect(html).toContain(
      '<a href="/fr/articles/salle-de-jeux-renovee/">Une salle de jeux rénovée</a>',
    );
    expect(html).toContain('<a href="/fr/agenda/apres-midi-contes/">Après-midi contes</a>');
    expect(html).toContain('mercredi 9 décembre 2026');
  });
});

describe('newsletter sign-up page', () => {
  it('posts the address to the CMS with a label, the limits and the consent line', async () => {
    const html = await render('fr', '/fr/lettre-d-information/');
    expect(html).toMatch(
      /<form method="post" action="http:\/\/localhost:3000\/api\/newsletter\/subscribe\?portal=hospichild&amp;locale=fr"/,
    );
    expect(html).toContain('<label for="newsletter-email">Votre adresse e-mail</label>');
    expect(html).toMatch(
      /<input id="newsletter-email" name="email" type="email" required maxlength="254"/,
    );
    expect(html).toContain('jusqu’à votre désinscription');
    expect(html).toContain('href="/fr/lettre-d-information/archives/"');
  });

  it('has an unindexed page for each outcome the CMS redirects to', async () => {
    const html = await render('nl', '/nl/nieuwsbrief/inschrijving-bevestigd/');
    expect(html).toMatch(/<h1[^>]*>Inschrijving bevestigd<\/h1>/);
    expect(html).toContain('<meta name="robots" content="noindex');
    const paths = newsletterFeature.routes(context, 'fr').map((route) => route.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/fr/lettre-d-information/merci/',
        '/fr/lettre-d-information/lien-invalide/',
        '/fr/lettre-d-information/desinscription/',
        '/fr/lettre-d-information/erreur/too-fast/',
      ]),
    );
  });
});
