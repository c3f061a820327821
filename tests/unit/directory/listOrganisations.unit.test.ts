import { describe, expect, it } from 'vitest';
import { filterLinks, listOrganisations } from '@portals/shared/site';
import { entry, homeCare, organisation, palliative } from './directoryFixtures.ts';

const named = (id: number, fr: string, zipCode = 1000) =>
  organisation({
    id,
    name: { fr, nl: fr },
    address: {
      street: { fr: 'Rue', nl: 'Straat' },
      number: null,
      box: null,
      zipCode,
      municipality: {
        fr: zipCode === 1000 ? 'BRUXELLES' : 'IXELLES',
        nl: zipCode === 1000 ? 'BRUSSEL' : 'ELSENE',
      },
    },
  });

describe('listOrganisations', () => {
  it('sorts names as a French reader expects: accents with their letter, numbers by value', () => {
    const entries = [
      named(1, 'ÉCOLE À L’HÔPITAL'),
      named(2, 'ZÈBRE'),
      named(3, 'ECOLE DES DEVOIRS'),
      named(4, 'CENTRE 10'),
      named(5, 'CENTRE 9'),
      named(6, 'ASBL ÉTOILE'),
    ].map(entry);
    expect(listOrganisations(entries, 'fr').map((item) => item.name)).toEqual([
      'ASBL ÉTOILE',
      'CENTRE 9',
      'CENTRE 10',
      'ÉCOLE À L’HÔPITAL',
      'ECOLE DES DEVOIRS',
      'ZÈBRE',
    ]);
  });

  it('keeps only the organisations of a commune on its filter page', () => {
    const entries = [named(1, 'A', 1000), named(2, 'B', 1050), named(3, 'C', 1050)].map(entry);
    const ixelles = {
      facet: 'commune',
      zipCode: 1050,
      municipality: { fr: 'IXELLES', nl: 'ELSENE' },
    } as const;
    const items = listOrganisations(entries, 'nl', ixelles);
    expect(items.map((item) => [item.id, item.commune])).toEqual([
      [2, '1050 ELSENE'],
      [3, '1050 ELSENE'],
    ]);
  });

  it('summarises with the mission, in the other language when the page language has none', () => {
    const [item] = listOrganisations([entry(organisation())], 'nl');
    expect(item?.summary).toEqual({ text: 'Soigner les enfants chez eux.', lang: 'fr' });
    expect(item?.href).toBe('/nl/verenigingen/900001-organisatie-900001/');
  });

  it('links each category of an item to its filter page', () => {
    const [item] = listOrganisations([entry(organisation({ categories: [homeCare] }))], 'fr');
    expect(item?.categories).toEqual([
      { label: 'Soins à domicile', href: '/fr/associations/categorie/273-soins-a-domicile/' },
    ]);
  });
});

describe('filterLinks', () => {
  const entries = [
    organisation({ id: 1, categories: [palliative, homeCare] }),
    organisation({ id: 2, categories: [homeCare], address: null }),
  ].map(entry);

  it('counts the organisations of each category, sorted by label in the page language', () => {
    expect(filterLinks(entries, 'nl', 'category').map((link) => [link.label, link.count])).toEqual([
      ['Palliatieve zorg', 1],
      ['Thuiszorg', 2],
    ]);
  });

  it('offers a commune only where an organisation has an address', () => {
    expect(filterLinks(entries, 'fr', 'commune').map((link) => [link.label, link.count])).toEqual([
      ['1000 BRUXELLES', 1],
    ]);
  });
});
