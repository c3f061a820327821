import { portals } from '@portals/content-models';
import { describe, expect, it } from 'vitest';
import { faqAssistantRoutes, faqRoutes } from '@portals/shared/features/faq/faqRoutes.ts';
import { files, views } from '@portals/shared/features/faq/views.ts';
import { fixtureEntries, routeContext } from '../../unit/faqnews/faqnewsFixtures.ts';
import { renderView } from '../renderView.ts';

const site = { portal: portals.hospichild };
const context = routeContext(fixtureEntries());

async function render(locale: 'fr' | 'nl') {
  const [route] = faqRoutes(context, locale);
  if (!route) throw new Error(`no ${locale} FAQ page`);
  return renderView(views.faq, { site, route, data: { navigation: () => [] } });
}

describe('FaqPage', () => {
  it('shows each theme as a heading and each question as a heading under it', async () => {
    const html = await render('fr');
    expect(html).toContain('<html lang="fr"');
    expect(html).toMatch(/<h1[^>]*>Questions fréquentes<\/h1>/);
    expect(html).toMatch(/<h2 id="theme-2"[^>]*>Droits du patient<\/h2>/);
    expect(html).toMatch(
      /<h3 id="faq-13"[^>]*>Mon enfant peut-il voir son dossier médical \?<\/h3>/,
    );
    expect(html).toMatch(/<h2 id="theme-other"[^>]*>Autres questions<\/h2>/);
  });

  it('shows every answer without a script, with a link to it named after the question', async () => {
    const html = await render('fr');
    // The one script is the assistant's, which enhances a page that is complete without it.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain('FaqAssistant.astro?astro&type=script');
    expect(html).toContain('La plupart des services de pédiatrie prévoient un lit');
    expect(html).toMatch(
      /<a class="permalink" href="#faq-11"[^>]*>\s*Lien vers cette réponse\s*<span class="visually-hidden"[^>]*>: Puis-je dormir/,
    );
  });

  it('lists the themes at the top, linked to their groups', async () => {
    const html = await render('fr');
    expect(html).toMatch(/<nav[^>]*aria-labelledby="faq-themes"/);
    expect(html).toContain('href="#theme-1"');
  });

  it('credits the referent organisation and dates the answer in Dutch', async () => {
    const html = await render('nl');
    expect(html).toMatch(/<h1[^>]*>Veelgestelde vragen<\/h1>/);
    expect(html).toContain('Antwoord van Rijksinstituut voor ziekte- en invaliditeitsverzekering');
    expect(html).toMatch(/Beantwoord op 2 oktober 2026/);
    expect(html).toContain('Link naar dit antwoord');
    expect(html).not.toContain('faq-14');
  });

  it('shows the main menu the kit builds for the page’s language', async () => {
    const [route] = faqRoutes(context, 'nl');
    const navigation = (locale: string) => [
      { title: `Ziekenhuizen (${locale})`, href: '/nl/ziekenhuizen/', children: [] },
    ];
    const html = await renderView(views.faq, { site, route, data: { navigation } });
    expect(html).toContain('Ziekenhuizen (nl)');
  });

  it('links the other language through hreflang', async () => {
    const html = await render('nl');
    expect(html).toContain('hreflang="fr" href="https://portal.test/fr/questions-frequentes/"');
  });
});

describe('FaqPage assistant', () => {
  it('offers a labelled question form, hidden until its script runs, with a live status', async () => {
    const html = await render('fr');
    const [indexRoute] = faqAssistantRoutes(context, 'fr');
    if (!indexRoute) throw new Error('no French assistant index');
    expect(html).toMatch(/<section id="faq-assistant"[^>]* hidden/);
    expect(html).toContain('data-index="/fr/questions-frequentes/assistant.json"');
    expect(html).toContain('<label for="faq-assistant-input">Votre question</label>');
    expect(html).toMatch(/<p id="faq-assistant-status"[^>]*role="status"/);
    expect(JSON.parse(files.faqAssistantIndex({ route: indexRoute })) as unknown).toMatchObject({
      locale: 'fr',
    });
    expect(html).toMatch(/<p id="faq-assistant-contact" hidden>\s*<a href="\/fr\/contact\/">/);
  });
});
