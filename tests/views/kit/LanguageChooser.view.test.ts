import { describe, expect, it } from 'vitest';
import LanguageChooser from '@portals/shared/components/LanguageChooser.astro';
import { fixtureSite } from '../../fixtures/views/portalFixtures.ts';
import { headings } from '../fiches/renderFiche.ts';
import { renderView } from '../renderView.ts';

const render = (variant?: 'notFound') =>
  renderView(LanguageChooser, { site: fixtureSite, variant });

describe('LanguageChooser', () => {
  it('is a French page that marks the Dutch choice with its language', async () => {
    const html = await render();
    expect(html).toContain('<html lang="fr"');
    expect(headings(html, 1)).toEqual(['Hospichild']);
    expect(headings(html, 2)).toEqual(['Choisissez votre langue', 'Kies uw taal']);
    expect(html).toMatch(/<li lang="nl">\s*<h2>Kies uw taal<\/h2>/);
  });

  it('links each language’s home page with its hreflang', async () => {
    const html = await render();
    expect(html).toMatch(/<a href="\/fr\/" hreflang="fr">/);
    expect(html).toMatch(/<a href="\/nl\/" hreflang="nl">/);
  });

  it('is the canonical root, with both home pages and x-default as alternates', async () => {
    const html = await render();
    expect(html).toContain('rel="canonical" href="https://portal.test/"');
    expect(html).toContain('hreflang="nl" href="https://portal.test/nl/"');
    expect(html).toContain('hreflang="x-default" href="https://portal.test/"');
    expect(html).not.toMatch(/<meta name="robots" content="noindex/);
  });

  it('serves as the root 404 page, kept out of indexing, without alternates', async () => {
    const html = await render('notFound');
    expect(headings(html, 2)).toEqual(['Page introuvable', 'Pagina niet gevonden']);
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html).not.toContain('hreflang="x-default"');
    expect(html).toMatch(/<a href="\/nl\/" hreflang="nl">/);
  });
});
