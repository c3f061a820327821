import { describe, expect, it } from 'vitest';
import { headings, textOf } from '../fiches/renderFiche.ts';
import { renderDirectory } from './directoryViews.ts';

const frPage = '/fr/associations/900001-soins-a-domicile-enfants/';

describe('OrganisationPage', () => {
  it('names the organisation in the page language, for search', async () => {
    const html = await renderDirectory(frPage);
    expect(html).toContain('<html lang="fr"');
    expect(html).toMatch(/<article data-pagefind-body>/);
    expect(headings(html, 1)).toEqual(['SOINS À DOMICILE ENFANTS']);
    expect(headings(html, 2)).toEqual(expect.arrayContaining(['Mission', 'Coordonnées']));
  });

  it('marks a text the directory only has in French on the Dutch page', async () => {
    const html = await renderDirectory('/nl/verenigingen/900001-thuiszorg-kinderen/');
    expect(html).toContain('<html lang="nl"');
    expect(headings(html, 1)).toEqual(['THUISZORG KINDEREN']);
    expect(html).toContain('<h2>Opdracht<span class="other-language"> (in het Frans)</span></h2>');
    expect(html).toContain(
      '<div class="text-blocks" lang="fr"><p>Soigner les enfants chez eux.</p>',
    );
  });

  it('makes phone, e-mail and website links readers can follow', async () => {
    const html = await renderDirectory(frPage);
    expect(html).toContain('href="tel:+3225123456"');
    expect(html).toContain('href="mailto:accueil@soins-enfants.example"');
    expect(html).toContain('href="https://www.soins-enfants.example/"');
  });

  it('links the organisation’s categories to their filter pages', async () => {
    const html = await renderDirectory(frPage);
    expect(html).toContain('href="/fr/associations/categorie/273-soins-a-domicile/"');
  });

  it('credits its record on Bruxelles Social under CC BY with the date of the data', async () => {
    const html = await renderDirectory(frPage);
    expect(html).toContain('href="https://social.brussels/organisation/900001"');
    expect(textOf(html)).toContain('(CC BY) · Données du 14 septembre 2020.');
    expect(html).toContain('<time datetime="2020-09-14T00:00:00.000Z"');
  });

  it('credits the Dutch host on the Dutch page', async () => {
    const html = await renderDirectory('/nl/verenigingen/900001-thuiszorg-kinderen/');
    expect(html).toContain('href="https://sociaal.brussels/organisation/900001"');
  });

  it('is canonical to itself, with its Dutch page as alternate', async () => {
    const html = await renderDirectory(frPage);
    expect(html).toContain(`rel="canonical" href="https://portal.test${frPage}"`);
    expect(html).toContain(
      'hreflang="nl" href="https://portal.test/nl/verenigingen/900001-thuiszorg-kinderen/"',
    );
  });
});
