import type { ReferentOrganisation } from '@portals/content-models/payload-types';
import { collectionSlugs, locales } from '@portals/content-models';
import { z } from 'zod';
import type { ContentKind } from '../../kit/contract.ts';
import { docIdSchema, localized, textIn } from '@portals/shared/cms';

const localeSchema = z.enum(locales);

/** A referent organisation as `/api/referent-organisations?locale=all&depth=0` sends it. */
export const referentDocSchema = z.object({
  id: docIdSchema,
  name: localized(z.string({ error: 'expected the name as text' })),
  acronym: z
    .string()
    .nullish()
    .transform((value) => value?.trim() || null),
  website: z
    .string()
    .nullish()
    .transform((value) => value?.trim() || null),
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
});

/** The organisation an FAQ answer is credited to. */
export const siteReferentSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  acronym: z.string().nullable(),
  website: z.string().nullable(),
  /** Its name per language; French where the Dutch one is missing (a proper name). */
  names: z.partialRecord(localeSchema, z.string()),
});

export type ReferentDoc = z.output<typeof referentDocSchema>;
export type SiteReferent = z.infer<typeof siteReferentSchema>;

/** Referent organisations serve every portal: they carry no `portals` field. */
export const referentKind: ContentKind<ReferentDoc, SiteReferent> = {
  name: 'referentOrganisations',
  collection: collectionSlugs.referentOrganisations,
  fields: [
    'name',
    'acronym',
    'website',
    'updatedAt',
  ] as const satisfies readonly (keyof ReferentOrganisation)[],
  drafts: false,
  byPortal: false,
  docSchema: referentDocSchema,
  entrySchema: siteReferentSchema,
  toEntry(doc) {
    const names: SiteReferent['names'] = {};
    for (const locale of locales) {
      const name = textIn(doc.name, locale);
      if (name) names[locale] = name;
    }
    return {
      id: doc.id,
      updatedAt: doc.updatedAt,
      acronym: doc.acronym,
      website: doc.website,
      names,
    };
  },
};
