import { describe, expect, it } from 'vitest';
import { headings, textOf } from '../fiches/renderFiche.ts';
import { renderDirectory } from './directoryViews.ts';

describe('DirectoryPage', () => {
  it('lists every organisation under the directory heading, for search', async () => {
    const html = await renderDirectory('/fr/associations/');
    expect(html).toContain('<html lang="fr"');
    expect(headings(html, 1)).toEqual(['Organisations sociales et de santé']);
    expect(html).toMatch(/<div data-pagefind-body[^>]*>\s*<h1/);
    expect(textOf(html)).toContain('2 organisations');
    expect(html).toContain('href="/fr/associations/900001-soins-a-domicile-enfants/"');
    expect(html).toContain('href="/fr/associations/900002-equipe-palliative/"');
  });

  it('links the filter pages, so filtering works without JavaScript', async () => {
    const html = await renderDirectory('/fr/associations/');
    expect(html).toContain('href="/fr/associations/commune/1030-schaerbeek/"');
    expect(html).toContain('href="/fr/associations/categorie/950-soins-palliatifs/"');
  });

  it('credits Bruxelles Social under CC BY with the date of the data', async () => {
    const text = textOf(await renderDirectory('/fr/associations/'));
    expect(text).toContain('Source : Bruxelles Social (CC BY)');
    expect(text).toContain('Données du 14 septembre 2020.');
    expect(await renderDirectory('/fr/associations/')).toContain('href="https://social.brussels/"');
  });

  it('names the commune of a filter page and lists only its organisations, kept out of search', async () => {
    const html = await renderDirectory('/fr/associations/commune/1030-schaerbeek/');
    expect(headings(html, 1)).toEqual(['Organisations à SCHAERBEEK (1030)']);
    expect(textOf(html)).toContain('1 organisation');
    expect(html).toContain('href="/fr/associations/900002-equipe-palliative/"');
    expect(html).not.toContain('href="/fr/associations/900001-soins-a-domicile-enfants/"');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toContain('href="/fr/associations/">Voir toutes les organisations');
  });

  it('points canonical and hreflang of a filter page to itself and its Dutch twin', async () => {
    const html = await renderDirectory('/fr/associations/categorie/950-soins-palliatifs/');
    expect(headings(html, 1)).toEqual(['Organisations : Soins palliatifs']);
    expect(html).toContain(
      'rel="canonical" href="https://portal.test/fr/associations/categorie/950-soins-palliatifs/"',
    );
    expect(html).toMatch(
      /hreflang="nl" href="https:\/\/portal.test\/nl\/verenigingen\/categorie\/950-palliatieve-zorg\/"/,
    );
    expect(html).not.toMatch(/<meta name="robots" content="noindex/);
  });
});
