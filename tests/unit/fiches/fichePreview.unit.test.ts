import { describe, expect, it } from 'vitest';
import { locales } from '@portals/content-models';
import { hospitalPreview } from '../../../shared/src/features/hospitals/preview.ts';
import { mutualityPreview } from '../../../shared/src/features/mutualities/preview.ts';
import { hospitalDocs, mutualityDocs } from '../../fixtures/fiches/ficheFixtures.ts';

const context = {
  locales,
  cmsUrl: 'http://cms.test',
  links: {
    path: (locale: string) => `/${locale}/preview/hospitals/1/`,
    href: (locale: string) => `/${locale}/preview/hospitals/1/?token=t`,
  },
};

describe('fiche previews', () => {
  it('places a hospital draft on the fiche route, kept out of indexing', () => {
    const draft = hospitalPreview.docSchema.parse({
      ...(hospitalDocs[0] as object),
      _status: 'draft',
    });
    const route = hospitalPreview.route(draft, 'nl', context);
    expect(route).toMatchObject({
      kind: 'hospital',
      path: '/nl/preview/hospitals/1/',
      indexable: false,
      alternates: [],
      languageSwitch: [{ locale: 'fr', path: '/fr/preview/hospitals/1/?token=t' }],
    });
    expect(route?.hospital.translations.nl?.name).toBe('Ziekenhuis De Linden (demo)');
  });

  it('has no French preview of a Dutch-only mutuality draft', () => {
    const draft = mutualityPreview.docSchema.parse(mutualityDocs[1]);
    expect(mutualityPreview.route(draft, 'fr', context)).toBeNull();
    expect(mutualityPreview.route(draft, 'nl', context)?.languageSwitch).toEqual([]);
  });
});
