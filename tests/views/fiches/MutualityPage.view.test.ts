import { describe, expect, it } from 'vitest';
import { mutualitiesFeature } from '../../../shared/src/features/mutualities/feature.ts';
import type { SiteRoute } from '../../../shared/src/kit/contract.ts';
import { ficheContext } from '../../fixtures/fiches/ficheFixtures.ts';
import { headings, renderFiche, textOf } from './renderFiche.ts';

const context = ficheContext();

async function render(path: string) {
  const locale = path.startsWith('/nl/') ? 'nl' : 'fr';
  const route: SiteRoute | undefined = mutualitiesFeature.routes!(context, locale).find(
    (r) => r.path === path,
  );
  if (!route) throw new Error(`no route at ${path}`);
  return renderFiche(route);
}

describe('MutualityPage', () => {
  it('shows the antenna, its union, its hours and its topics in order with a table of contents', async () => {
    const html = await render('/fr/mutualites/mc-antenne-du-centre/');
    expect(headings(html, 1)).toEqual(['Mutualité chrétienne – antenne du Centre (démo)']);
    expect(textOf(html)).toContain('Union nationale : Mutualités chrétiennes');
    expect(headings(html, 2)).toEqual([
      'Coordonnées',
      'Sur cette page',
      'Hospitalisation',
      'Soins à domicile',
      'Prêt de matériel',
      'Service social',
    ]);
    expect(textOf(html)).toContain('Heures d’ouverture Lundi au vendredi, 9 h – 12 h');
    expect(html).toContain('href="#soins-a-domicile"');
    expect(html).toMatch(
      /<time datetime="2026-02-01T00:00:00.000Z"[^>]*>Mis à jour le 1 février 2026</,
    );
    expect(html).toContain('class="demo-badge');
    expect(html).toMatch(/<style>\s*@media print/);
  });

  it('shows a Dutch-only fiche in Dutch, with the way back to the French list', async () => {
    const html = await render('/nl/ziekenfondsen/helan-kantoor-noord/');
    expect(html).toMatch(/<html lang="nl"/);
    expect(html).not.toContain('hreflang="fr" href="https://portal.test/fr/mutualites/helan');
    expect(html).toMatch(/<a href="\/fr\/mutualites\/" hreflang="fr" lang="fr"[^>]*>Français<\/a>/);
  });
});

describe('MutualityList', () => {
  it('groups the antennas by union', async () => {
    const html = await render('/fr/mutualites/');
    expect(headings(html, 1)).toEqual(['Mutualités partenaires']);
    expect(headings(html, 2)).toEqual([
      'Mutualités chrétiennes',
      'Mutualités socialistes – Solidaris',
      'Mutualités libres',
    ]);
    expect(textOf(html)).toContain('Mutualités chrétiennes 2 antennes');
  });

  it('names the Dutch-only fiche on the French list, says so, and links to it in Dutch', async () => {
    const html = await render('/fr/mutualites/');
    expect(html).toMatch(
      /<a href="\/nl\/ziekenfondsen\/helan-kantoor-noord\/" hreflang="nl" lang="nl"[^>]*>Helan – kantoor Noord \(demo\)<\/a>/,
    );
    expect(textOf(html)).toContain('Helan – kantoor Noord (demo) (en néerlandais uniquement)');
    expect(html).not.toContain('/fr/mutualites/helan');
  });
});
