import { describe, expect, it } from 'vitest';
import {
  normaliseOrganisation,
  normaliseOrganisations,
  parseLastUpdate,
  type Category,
} from '@portals/shared/open-data';
import { fixtureJson, realOrganisation } from './openDataFixtures.ts';

describe('normaliseOrganisation', () => {
  it('normalises the recorded organisation 13219 into the bilingual shape', async () => {
    const result = normaliseOrganisation(await realOrganisation());
    if (!result.ok) throw new Error(JSON.stringify(result.rejected));
    expect(result.organisation).toMatchObject({
      id: 13219,
      name: {
        fr: "COORDINATION DE L'ACTION SOCIALE DE SCHAERBEEK",
        nl: 'COÖRDINATIE VAN DE SCHAARBEEKSE SOCIALE ACTIE',
      },
      alternativeNames: { fr: ['CASS'], nl: ['CSSA'] },
      description: { fr: null, nl: null },
      address: {
        street: { fr: 'Boulevard Auguste Reyers', nl: 'Auguste Reyerslaan' },
        number: '70',
        box: null,
        zipCode: 1030,
        municipality: { fr: 'SCHAERBEEK', nl: 'SCHAARBEEK' },
      },
      coordinates: { lat: 50.851756126658735, lon: 4.401445106123757 },
      phones: ['02/435.51.38', '02/435.51.39'],
      emails: ['cass@cpas-schaerbeek.be'],
      websites: ['http://www.cass-cssa.be'],
      openingHours: { fr: 'Du lundi au vendredi de 8h30 à 16h' },
      categories: [],
      languages: ['fr', 'nl'],
      legalStatus: { fr: 'Service public - CPAS', nl: 'Openbare dienst - OCMW' },
      isSynthetic: false,
      lastUpdate: '2020-08-28',
      sourceUrl: 'https://social.brussels/organisation/13219',
    });
    expect(result.organisation.activities.fr).toMatch(/^Coordination qui regroupe/);
  });

  it('gives no coordinates for a point outside Belgium, such as swapped lat/lon', async () => {
    const record = await realOrganisation();
    Object.assign(record.address as object, { lat: 4.401445106123757, lon: 50.851756126658735 });
    const result = normaliseOrganisation(record);
    expect(result.ok && result.organisation.coordinates).toBeNull();
  });

  it('rejects a record missing required fields, naming its id and each field path', async () => {
    const record = await realOrganisation();
    delete record.nameOfficialFr;
    (record.address as Record<string, unknown>).zipCode = '1030';
    record.lastUpdate = '31/02/20';
    const result = normaliseOrganisation(record);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejected.id).toBe(13219);
    expect(result.rejected.issues.map((issue) => issue.path).sort()).toEqual([
      'address.zipCode',
      'lastUpdate',
      'nameOfficialFr',
    ]);
  });

  it('rejects a record whose official names are both blank', async () => {
    const record = { ...(await realOrganisation()), nameOfficialFr: ' ', nameOfficialNl: '' };
    const result = normaliseOrganisation(record);
    expect(result.ok ? null : result.rejected).toEqual({
      id: 13219,
      issues: [{ path: 'nameOfficialFr', message: 'both official names are empty' }],
    });
  });

  it('reports a record without an id with a null id', () => {
    const result = normaliseOrganisation({ nameOfficialFr: 'X' });
    expect(result.ok ? undefined : result.rejected.id).toBeNull();
  });

  it('keeps unknown fields from failing a record', async () => {
    const record = {
      ...(await realOrganisation()),
      agreementsObject: [{ id: 648 }],
      newField: 'x',
    };
    expect(normaliseOrganisation(record).ok).toBe(true);
  });

  it('accepts a null address and gives no coordinates', async () => {
    const result = normaliseOrganisation({ ...(await realOrganisation()), address: null });
    expect(result.ok && [result.organisation.address, result.organisation.coordinates]).toEqual([
      null,
      null,
    ]);
  });

  it('lets one language stand in for a blank official name in the other', async () => {
    const result = normaliseOrganisation({ ...(await realOrganisation()), nameOfficialNl: '' });
    expect(result.ok && result.organisation.name.nl).toBe(
      "COORDINATION DE L'ACTION SOCIALE DE SCHAERBEEK",
    );
  });

  it('merges French and Dutch contacts without duplicates and drops non-web links', async () => {
    const record = {
      ...(await realOrganisation()),
      emailNl: ['CASS@cpas-schaerbeek.be', ' '],
      websiteOfficialNl: ['javascript:alert(1)', 'https://www.cass-cssa.be/nl'],
    };
    const result = normaliseOrganisation(record);
    expect(result.ok && result.organisation.emails).toEqual(['cass@cpas-schaerbeek.be']);
    expect(result.ok && result.organisation.websites).toEqual([
      'http://www.cass-cssa.be',
      'https://www.cass-cssa.be/nl',
    ]);
  });

  it('labels categories from the category table when the embedded object has no title', async () => {
    const categories = await fixtureJson<Category[]>('rest-search-category_activity-star.json');
    const record = { ...(await realOrganisation()), categoriesObject: [{ id: 251 }] };
    const result = normaliseOrganisation(record, { categories });
    expect(result.ok && result.organisation.categories).toEqual([
      {
        id: 251,
        label: {
          fr: "Consultations pour enfants de l'ONE ou Kind en Gezin",
          nl: 'Consultatiebureaus voor het jonge kind van het ONE of Kind en Gezin',
        },
      },
    ]);
  });

  it('normalises the synthetic sample list and flags nothing as fictitious without the remark', async () => {
    const { organisations, rejected } = normaliseOrganisations(
      await fixtureJson<unknown[]>('synthetic-rest-search-organisation-star.json'),
    );
    expect(rejected).toEqual([]);
    expect(
      organisations.map((organisation) => [organisation.id, organisation.isSynthetic]),
    ).toEqual([[99999, false]]);
    expect(organisations[0]?.address?.box).toBe('3');
  });
});

describe('parseLastUpdate', () => {
  it('reads dd/mm/yy as a 20yy ISO date', () => {
    expect(parseLastUpdate('28/08/20')).toBe('2020-08-28');
    expect(parseLastUpdate('08/11/18')).toBe('2018-11-08');
  });

  it('refuses dates that do not exist or are written otherwise', () => {
    expect(parseLastUpdate('31/02/20')).toBeNull();
    expect(parseLastUpdate('2020-08-28')).toBeNull();
    expect(parseLastUpdate('28/8/20')).toBeNull();
  });
});
