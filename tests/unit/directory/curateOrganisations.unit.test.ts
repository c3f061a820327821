import { describe, expect, it } from 'vitest';
import { curateOrganisations, parseDirectoryCuration } from '@portals/shared/open-data';
import { homeCare, organisation, palliative } from './directoryFixtures.ts';

const inHomeCare = organisation({ id: 1, categories: [homeCare] });
const inPalliative = organisation({ id: 2, categories: [palliative] });
const uncategorised = organisation({ id: 13219 });
const all = [inHomeCare, inPalliative, uncategorised];
const ids = (result: ReturnType<typeof curateOrganisations>) =>
  result.entries.map((entry) => entry.organisation.id);

describe('curateOrganisations', () => {
  it('keeps the organisations of the chosen categories, in the directory order', () => {
    const result = curateOrganisations(all, { categoryIds: [950, 273] });
    expect(ids(result)).toEqual([1, 2]);
    expect(result.warnings).toEqual([]);
  });

  it('adds organisations chosen by id, whatever their categories', () => {
    expect(ids(curateOrganisations(all, { categoryIds: [273], organisationIds: [13219] }))).toEqual(
      [1, 13219],
    );
  });

  it('shows nothing, rather than the whole directory, when no rule is given', () => {
    const result = curateOrganisations(all, {});
    expect(result.entries).toEqual([]);
    expect(result.warnings).toEqual([
      'the curation selects no organisation: the directory is empty',
    ]);
  });

  it('selects by sector and agreement ids when records carry them', () => {
    const withRelations = [
      organisation({ id: 5, sectorIds: [19] }),
      organisation({ id: 6, agreementIds: [648] }),
      organisation({ id: 7, sectorIds: [46], agreementIds: [806] }),
    ];
    expect(
      ids(curateOrganisations(withRelations, { sectorIds: [19], agreementIds: [648] })),
    ).toEqual([5, 6]);
  });

  it('warns that an agreement rule selects nothing while no record carries agreements', () => {
    const result = curateOrganisations(all, { categoryIds: [273], agreementIds: [648] });
    expect(ids(result)).toEqual([1]);
    expect(result.warnings).toEqual([
      'the curation selects by agreement ids, but no record carries its agreements: that rule selects nothing',
    ]);
  });

  it('names chosen categories and organisations that select nothing', () => {
    const result = curateOrganisations(all, { categoryIds: [273, 999], organisationIds: [4242] });
    expect(result.warnings).toEqual([
      'no organisation is in category 999 of the curation',
      'organisation 4242 of the curation is not in the directory (removed from Bruxelles Social?)',
    ]);
  });

  it('attaches each note to its organisation and reports a note about one not shown', () => {
    const result = curateOrganisations(all, {
      categoryIds: [273],
      notes: [
        { organisationId: 1, text: { fr: 'Association partenaire' } },
        { organisationId: 2, text: { fr: 'Jamais affichée' } },
      ],
    });
    expect(result.entries).toEqual([
      { organisation: inHomeCare, note: { fr: 'Association partenaire' } },
    ]);
    expect(result.warnings).toEqual([
      'the note about organisation 2 shows nowhere: the curation does not select it',
    ]);
  });
});

describe('parseDirectoryCuration', () => {
  it('accepts a curation as the site configuration or the CMS writes it', () => {
    const curation = {
      categoryIds: [273],
      organisationIds: [13219],
      notes: [{ organisationId: 13219, text: { fr: 'Partenaire', nl: 'Partner' } }],
    };
    expect(parseDirectoryCuration(curation)).toEqual(curation);
  });

  it('refuses ids that are not whole numbers and blank notes, naming the fields', () => {
    const parse = () =>
      parseDirectoryCuration({
        categoryIds: ['273'],
        notes: [{ organisationId: 1, text: { fr: ' ' } }],
      });
    expect(parse).toThrow(/Invalid directory curation/);
    expect(parse).toThrow(/categoryIds/);
    expect(parse).toThrow(/a note cannot be blank/);
  });
});
