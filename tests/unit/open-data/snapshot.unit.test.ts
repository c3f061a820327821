import { describe, expect, it } from 'vitest';
import {
  benchNormalise,
  defaultSnapshotFile,
  generateSyntheticOrganisations,
  normaliseOrganisations,
  readDirectoryCopy,
  readLookups,
  syntheticIdFloor,
  syntheticRemark,
} from '@portals/shared/open-data';
import { realOrganisation } from './openDataFixtures.ts';

type Json = Record<string, unknown>;

/** The JSON type of a value, with null and arrays apart. */
const jsonType = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const text = ['string', 'null'];
const strings = ['array'];

/** The JSON types open-data/API.md documents for each of the 52 keys, in the recorded order. */
const documentedRecord: Record<string, string[]> = {
  id: ['number'],
  legalStatus: ['object', 'null'],
  isInterpreting: ['boolean'],
  address: ['object', 'null'],
  categories: ['null'],
  categoriesObject: ['array'],
  sectorsObjects: ['null'],
  nameOfficialFr: ['string'],
  nameOfficialNl: ['string'],
  descriptionFr: text,
  descriptionNl: text,
  activitiesFr: text,
  activitiesNl: text,
  accessFr: strings,
  accessNl: strings,
  permanencyFr: text,
  permanencyNl: text,
  publicFr: text,
  publicNl: text,
  publicationFr: strings,
  publicationNl: strings,
  remarkFr: text,
  remarkNl: text,
  pmRp: strings,
  langStatus: ['string'],
  lastUpdate: ['string'],
  startDate: ['null'],
  type: ['null'],
  nameAlternativeFr: strings,
  nameAlternativeNl: strings,
  nameFormerFr: strings,
  nameFormerNl: strings,
  nameServiceFr: strings,
  nameServiceNl: strings,
  telFr: strings,
  telNl: strings,
  emailFr: strings,
  emailNl: strings,
  faxFr: strings,
  faxNl: strings,
  websiteOfficialFr: strings,
  websiteOfficialNl: strings,
  websiteUnofficialFr: strings,
  websiteUnofficialNl: strings,
  websiteBelgianOfficialJournalFr: strings,
  websiteBelgianOfficialJournalNl: strings,
  websiteInfoFr: strings,
  websiteInfoNl: strings,
  otherAgreementFr: strings,
  otherAgreementNl: strings,
  subventionFr: strings,
  subventionNl: strings,
};

const documentedAddress: Record<string, string[]> = {
  id: ['null'],
  x: ['number'],
  y: ['number'],
  lon: ['number'],
  lat: ['number'],
  municipalityFr: ['string'],
  municipalityNl: ['string'],
  streetFr: ['string'],
  streetNl: ['string'],
  number: ['string'],
  numberBuilding: text,
  zipCode: ['number'],
  postalBox: text,
  postalCodeFr: ['string'],
  postalCodeNl: ['string'],
  districtFr: ['string'],
  districtNl: ['string'],
  districtCode: ['string'],
  statisticsCode: ['string'],
  remarkFr: text,
  remarkNl: text,
  statisticsNameFr: ['string'],
  statisticsNameNl: ['string'],
};

/** [id, key, type] of every value whose type the documentation does not allow. */
function undocumented(id: unknown, value: Json, documented: Record<string, string[]>): unknown[] {
  return Object.entries(value).flatMap(([key, item]) => {
    const allowed = documented[key] ?? [];
    const ok =
      allowed.includes(jsonType(item)) &&
      (allowed !== strings || (item as unknown[]).every((entry) => typeof entry === 'string'));
    return ok ? [] : [[id, key, jsonType(item)]];
  });
}

async function generated(seed?: number): Promise<Json[]> {
  const { categories, legalStatus } = await readLookups();
  return generateSyntheticOrganisations({
    categories,
    legalStatuses: legalStatus,
    ...(seed ? { seed } : {}),
  }) as unknown as Json[];
}

describe('generateSyntheticOrganisations', () => {
  it('gives every record the 52 documented keys in the recorded order, with the documented types', async () => {
    expect(Object.keys(documentedRecord)).toEqual(Object.keys(await realOrganisation()));
    for (const record of await generated()) {
      expect(Object.keys(record)).toEqual(Object.keys(documentedRecord));
      expect(undocumented(record.id, record, documentedRecord)).toEqual([]);
      if (record.address === null) continue;
      expect(Object.keys(record.address as Json)).toEqual(Object.keys(documentedAddress));
      expect(undocumented(record.id, record.address as Json, documentedAddress)).toEqual([]);
    }
  });

  it('marks 300 records as synthetic by id and remark', async () => {
    const records = await generated();
    expect(records).toHaveLength(300);
    expect(records.map((record) => record.id)).toEqual(
      records.map((_, i) => syntheticIdFloor + i + 1),
    );
    for (const record of records)
      expect([record.remarkFr, record.remarkNl]).toEqual([syntheticRemark.fr, syntheticRemark.nl]);
  });

  it('generates the same records from the same seed and others from another', async () => {
    expect(await generated()).toEqual(await generated());
    expect(await generated(7)).not.toEqual(await generated());
  });

  it('uses only real category and legal-status ids, with their recorded titles', async () => {
    const { categories, legalStatus } = await readLookups();
    const categoryById = new Map(categories.map((category) => [category.id, category]));
    const statusIds = new Set(legalStatus.map((status) => status.id));
    for (const record of await generated()) {
      expect(statusIds.has((record.legalStatus as Json).id as number)).toBe(true);
      for (const category of record.categoriesObject as Json[]) {
        expect(category.titleFr).toBe(categoryById.get(category.id as number)?.titleFr);
      }
    }
  });

  it('gives every record a distinct name and normalises all of them as fictitious', async () => {
    const { organisations, rejected } = normaliseOrganisations(await generated());
    expect(rejected).toEqual([]);
    expect(organisations.every((organisation) => organisation.isSynthetic)).toBe(true);
    expect(new Set(organisations.map((organisation) => organisation.name.fr)).size).toBe(300);
  });
});

describe('the shipped snapshot', () => {
  it('normalises without rejected records', async () => {
    const copy = await readDirectoryCopy(defaultSnapshotFile);
    const { organisations, rejected } = normaliseOrganisations(copy?.records ?? []);
    expect(organisations.length).toBeGreaterThan(0);
    expect(rejected).toEqual([]);
  });

  it('benchmarks the normalisation of replicated synthetic organisations', async () => {
    const result = await benchNormalise(600, { runs: 1 });
    expect(result).toMatchObject({ n: 600, runs: 1, rejected: 0 });
    expect(result.medianMs).toBeGreaterThan(0);
  });
});
