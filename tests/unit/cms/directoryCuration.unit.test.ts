import { describe, expect, it } from 'vitest';
import {
  cmsDirectoryCuration,
  readDirectoryCuration,
  toDirectoryCuration,
} from '@portals/shared/cms';
import type { DirectoryCuration } from '@portals/shared/open-data';
import { memoryLogger } from '../directory/directoryFixtures.ts';
import { listFetch } from './listResponse.ts';

const cmsUrl = 'http://cms.test';
const fallback: DirectoryCuration = { categoryIds: [267] };

/** A portal record's `directory` group as Payload sends it with `locale=all`. */
const group = {
  categoryIds: [273, 950],
  sectorIds: null,
  agreementIds: [],
  organisationIds: [13219],
  notes: [
    { id: '6650a1', organisationId: 13219, text: { fr: 'Point de départ.', nl: 'Vertrekpunt.' } },
    { id: '6650a2', organisationId: 900001, text: { fr: 'Partenaire.', nl: null } },
  ],
};

describe('toDirectoryCuration', () => {
  it('keeps the rules and notes and drops nulls, empty lists, row ids and missing translations', () => {
    expect(toDirectoryCuration(group)).toEqual({
      categoryIds: [273, 950],
      organisationIds: [13219],
      notes: [
        { organisationId: 13219, text: { fr: 'Point de départ.', nl: 'Vertrekpunt.' } },
        { organisationId: 900001, text: { fr: 'Partenaire.' } },
      ],
    });
  });

  it('returns null for a record that selects nothing, notes or not', () => {
    expect(toDirectoryCuration(null)).toBeNull();
    expect(toDirectoryCuration({ categoryIds: [], notes: group.notes })).toBeNull();
  });

  it('rejects an id that is not a whole number, naming the field', () => {
    expect(() => toDirectoryCuration({ categoryIds: [27.3] })).toThrow(/categoryIds/);
  });
});

describe('readDirectoryCuration', () => {
  it('asks for the portal record in every locale, its directory only', async () => {
    const cms = listFetch([{ id: 1, directory: group }]);
    const curation = await readDirectoryCuration({ cmsUrl, portal: 'hospichild', ...cms });
    expect(curation?.categoryIds).toEqual([273, 950]);
    const url = cms.urls[0];
    expect(url?.pathname).toBe('/api/portals');
    expect(url?.searchParams.get('locale')).toBe('all');
    expect(url?.searchParams.get('where[portal][equals]')).toBe('hospichild');
    expect(url?.searchParams.get('select[directory]')).toBe('true');
  });

  it('fails with the portal and the URL when the CMS holds an invalid curation', async () => {
    const cms = listFetch([{ id: 1, directory: { organisationIds: [-4] } }]);
    await expect(readDirectoryCuration({ cmsUrl, portal: 'hospichild', ...cms })).rejects.toThrow(
      /"hospichild".*http:\/\/cms\.test\/api\/portals/s,
    );
  });
});

describe('cmsDirectoryCuration', () => {
  it('uses the CMS curation and says so', async () => {
    const logger = memoryLogger();
    const read = cmsDirectoryCuration({
      cmsUrl,
      portal: 'hospichild',
      fallback,
      fallbackName: 'src/directory.config.ts',
      ...listFetch([{ id: 1, directory: group }]),
    });
    expect((await read(logger)).categoryIds).toEqual([273, 950]);
    expect(logger.messages('info')).toEqual(['curation: from the CMS record of "hospichild"']);
  });

  it('falls back to the site default when the CMS has no curation, and logs that it did', async () => {
    const logger = memoryLogger();
    const read = cmsDirectoryCuration({
      cmsUrl,
      portal: 'hospichild',
      fallback,
      fallbackName: 'src/directory.config.ts',
      ...listFetch([]),
    });
    expect(await read(logger)).toBe(fallback);
    expect(logger.messages('info')).toEqual([
      `curation: the CMS has none for "hospichild"; using the site's default (src/directory.config.ts)`,
    ]);
  });
});
