import { describe, expect, it } from 'vitest';
import { hospitalsFeature } from '../../../shared/src/features/hospitals/feature.ts';
import type { SiteRoute } from '../../../shared/src/kit/contract.ts';
import { ficheContext } from '../../fixtures/fiches/ficheFixtures.ts';
import { headings, renderFiche, textOf } from './renderFiche.ts';

const context = ficheContext();

function route(path: string): SiteRoute {
  const locale = path.startsWith('/nl/') ? 'nl' : 'fr';
  const found = hospitalsFeature.routes!(context, locale).find((r) => r.path === path);
  if (!found) throw new Error(`no route at ${path}`);
  return found;
}

async function render(path: string) {
  const found = route(path);
  return renderFiche(found);
}

describe('HospitalPage', () => {
  it('shows the name, the contact block and each section under its heading, in order', async () => {
    const html = await render('/fr/hopitaux/hopital-des-tilleuls/');
    expect(headings(html, 1)).toEqual(['Hôpital des Tilleuls (démo)']);
    expect(headings(html, 2)).toEqual([
      'Coordonnées',
      'Sur cette page',
      'Description générale',
      'Accès',
      'Maternité',
      'Urgences pédiatriques',
      'Pédopsychiatrie',
      'École à l’hôpital',
    ]);
    expect(headings(html, 3)).toEqual(['Inscription']);
  });

  it('links the table of contents to every section', async () => {
    const html = await render('/fr/hopitaux/hopital-des-tilleuls/');
    const toc = /<nav class="fiche-toc[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const anchors = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(anchors).toEqual([
      'contact',
      'description-generale',
      'acces',
      'maternite',
      'urgences-pediatriques',
      'pedopsychiatrie',
      'ecole-a-l-hopital',
    ]);
    for (const anchor of anchors) expect(html).toContain(`id="${anchor}"`);
  });

  it('has no table of contents for a fiche of three sections or fewer', async () => {
    const html = await render('/fr/hopitaux/clinique-du-parc/');
    expect(html).not.toContain('fiche-toc"');
    expect(headings(html, 2)).toEqual(['Coordonnées', 'Description générale', 'Maternité']);
  });

  it('dates each section with a machine-readable time', async () => {
    const html = await render('/nl/ziekenhuizen/ziekenhuis-de-linden/');
    expect(html).toMatch(
      /<time datetime="2026-05-12T00:00:00.000Z"[^>]*>Bijgewerkt op 12 mei 2026</,
    );
    const html2 = await render('/fr/hopitaux/hopital-des-tilleuls/');
    expect(html2).toContain('Mis à jour le 12 mai 2026');
  });

  it('shows phone, e-mail, website and map links', async () => {
    const html = await render('/fr/hopitaux/hopital-des-tilleuls/');
    expect(html).toContain('href="tel:+3225550301"');
    expect(html).toContain('href="mailto:info@tilleuls.example"');
    expect(html).toContain('href="https://www.tilleuls.example/"');
    expect(html).toContain('href="https://www.openstreetmap.org/?mlat=50.850000&amp;mlon=4.350000');
    expect(textOf(html)).toContain('Rue des Tilleuls 1 1000 Bruxelles');
  });

  it('marks an address shown in the other language', async () => {
    const html = await render('/nl/ziekenhuizen/parkkliniek/');
    expect(html).toMatch(/<dd lang="fr"[^>]*>\s*Avenue du Parc 20/);
  });

  it('points the Dutch reader to the sections still written in French only', async () => {
    const html = await render('/nl/ziekenhuizen/ziekenhuis-de-linden/');
    expect(textOf(html)).toContain('Nog niet vertaald: deze secties bestaan alleen in het Frans.');
    expect(html).toMatch(
      /<a href="\/fr\/hopitaux\/hopital-des-tilleuls\/#pedopsychiatrie" hreflang="fr"[^>]*>Kinderpsychiatrie<\/a>/,
    );
  });

  it('carries a print stylesheet that hides the site chrome and keeps headings with their text', async () => {
    const html = await render('/fr/hopitaux/hopital-des-tilleuls/');
    const print = /@media print\s*{[\s\S]*}/.exec(html)?.[0] ?? '';
    expect(print).toMatch(/\.site-header[^{]*\.site-footer[^{]*{\s*display:\s*none/);
    expect(print).toMatch(/attr\(href\)/);
    expect(print).toMatch(/break-after:\s*avoid/);
  });

  it('shows the demo badge and the hreflang alternates', async () => {
    const html = await render('/fr/hopitaux/hopital-des-tilleuls/');
    expect(html).toContain('class="demo-badge');
    expect(html).toContain(
      '<link rel="alternate" hreflang="nl" href="https://portal.test/nl/ziekenhuizen/ziekenhuis-de-linden/">',
    );
  });
});

describe('hospital lists and comparisons', () => {
  it('lists every hospital, naming the French-only one on the Dutch list', async () => {
    const html = await render('/nl/ziekenhuizen/');
    expect(headings(html, 1)).toEqual(['Partnerziekenhuizen']);
    expect(html).toMatch(
      /<a href="\/fr\/hopitaux\/centre-hospitalier-des-etangs\/" hreflang="fr" lang="fr"[^>]*>Centre hospitalier des Étangs \(démo\)<\/a>/,
    );
    expect(textOf(html)).toContain('(alleen in het Frans)');
  });

  it('lists the comparison pages of a language', async () => {
    const html = await render('/fr/hopitaux/par-service/');
    expect(textOf(html)).toContain('Maternité 3 hôpitaux');
    expect(textOf(html)).toContain('Pédopsychiatrie 1 hôpital');
  });

  it('shows one section of every hospital under its name, linked to the fiche', async () => {
    const html = await render('/nl/ziekenhuizen/per-dienst/materniteit/');
    expect(headings(html, 1)).toEqual(['Materniteit: alle ziekenhuizen']);
    expect(headings(html, 2)).toEqual([
      'Parkkliniek (demo)',
      'Ziekenhuis De Linden (demo)',
      'Nog niet vertaald',
    ]);
    expect(html).toContain('href="/nl/ziekenhuizen/parkkliniek/#materniteit"');
    expect(html).toMatch(/hreflang="fr" lang="fr"[^>]*>Centre hospitalier des Étangs/);
  });
});
