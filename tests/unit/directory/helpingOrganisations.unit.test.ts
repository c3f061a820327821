import { describe, expect, it } from 'vitest';
import { helpingOrganisations } from '@portals/shared/site';
import { entry, homeCare, organisation, palliative } from './directoryFixtures.ts';

const entries = [
  entry(organisation({ id: 900001, categories: [homeCare] })),
  entry(organisation({ id: 900002, categories: [palliative] })),
  entry(organisation({ id: 900003, categories: [] })),
];

describe('helpingOrganisations', () => {
  it('lists the curated organisations in any of the article categories', () => {
    expect(helpingOrganisations(entries, [273, 950], 'fr').map((item) => item.id)).toEqual([
      900001, 900002,
    ]);
  });

  it('links each organisation to its page in the page language', () => {
    const [item] = helpingOrganisations(entries, [950], 'nl');
    expect(item?.href).toMatch(/^\/nl\/verenigingen\/900002-/);
  });

  it('lists nothing for an article without categories', () => {
    expect(helpingOrganisations(entries, [], 'fr')).toEqual([]);
  });
});
