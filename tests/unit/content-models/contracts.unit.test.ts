import {
  documentTitle,
  previewableCollections,
  previewFields,
  siteFields,
  siteSelect,
  titleFields,
  toContactBlock,
} from '@portals/content-models';
import * as models from '@portals/content-models/collections';
import { describe, expect, it } from 'vitest';

/** What this test reads of a collection config. */
interface TitledConfig {
  slug: string;
  admin?: { useAsTitle?: string };
}

const configs = (Object.values(models) as unknown[]).filter(
  (value): value is TitledConfig =>
    typeof value === 'object' && value !== null && 'slug' in value && 'fields' in value,
);

describe('titleFields', () => {
  it('is the admin title of every collection', () => {
    expect(configs.length).toBeGreaterThan(10);
    for (const config of configs) {
      expect([config.slug, config.admin?.useAsTitle]).toEqual([
        config.slug,
        titleFields[config.slug as keyof typeof titleFields],
      ]);
    }
  });

  it('names a document by its collection’s title field', () => {
    expect(documentTitle('faq', { id: 4, question: ' Qui paie ? ', title: 'x' })).toBe(
      'Qui paie ?',
    );
    expect(documentTitle('hospitals', { id: 2, name: 'Saint-Pierre' })).toBe('Saint-Pierre');
  });

  it('falls back to the id when the title is empty, and to title or name elsewhere', () => {
    expect(documentTitle('hospitals', { id: 2, name: '  ', title: 'not this' })).toBe('#2');
    expect(documentTitle('payload-jobs', { id: 9, name: 'job' })).toBe('job');
  });
});

describe('siteFields', () => {
  it('asks for the published status of every previewable collection', () => {
    for (const collection of previewableCollections) {
      expect(siteFields[collection]).toContain('_status');
      expect(previewFields[collection]).toBe(siteFields[collection]);
    }
  });

  it('never asks for the editorial workflow fields', () => {
    const editorial = ['writer', 'reviewComment', 'editorialState', 'approval', 'reviewDueAt'];
    for (const fields of Object.values(siteFields)) {
      expect(fields.filter((field: string) => editorial.includes(field))).toEqual([]);
    }
  });

  it('reads each hospital section and turns the list into a select', () => {
    expect(siteFields.hospitals).toContain('hospitalSchool');
    expect(siteSelect('themes')).toEqual({
      title: true,
      slug: true,
      description: true,
      portals: true,
      updatedAt: true,
    });
  });
});

describe('toContactBlock', () => {
  const doc = {
    address: { street: { fr: 'Rue Haute 322', nl: 'Hoogstraat 322' }, postcode: '1000' },
    phone: ' 02 535 31 11 ',
    email: null,
    website: 'https://example.be',
    coordinates: { latitude: 50.835, longitude: 4.347 },
  };

  it('gives the block in one language, the address in that language', () => {
    expect(toContactBlock(doc, 'nl')).toEqual({
      address: { street: 'Hoogstraat 322', postcode: '1000', city: '' },
      phones: ['02 535 31 11'],
      emails: [],
      website: 'https://example.be',
      coordinates: { lat: 50.835, lon: 4.347 },
    });
  });

  it('reads an address read in one locale as well', () => {
    expect(toContactBlock({ address: { city: 'Ixelles' } }, 'fr')?.address).toEqual({
      street: '',
      postcode: '',
      city: 'Ixelles',
    });
  });

  it('is null when there is nothing to show', () => {
    expect(toContactBlock({ address: { street: { nl: 'Hoogstraat' } }, phone: '' }, 'fr')).toBe(
      null,
    );
    expect(toContactBlock({ coordinates: { latitude: null, longitude: 4 } }, 'fr')).toBeNull();
  });
});
