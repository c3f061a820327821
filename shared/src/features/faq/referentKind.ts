import type { ReferentOrganisation } from '@portals/content-models/payload-types';
import { collectionSlugs, locales } from '@portals/content-models';
import { z } from 'zod';
import type { ContentKind } from '../../kit/contract.ts';
import { docIdSchema, localized, relationIdSchema, textIn } from '@portals/shared/cms';
import { contactDocShape } from '../../fiches/ficheDocSchema.ts';
import { contactBlockSchema } from '../../fiches/siteFicheSchema.ts';
import { toFicheContact } from '../../fiches/toFicheContact.ts';

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
  themes: z
    .array(relationIdSchema)
    .nullish()
    .transform((value) => value ?? []),
  // Address, phone and e-mail (`contactFields()`), shown as "where to get help" (issue #11).
  address: contactDocShape.address,
  phone: contactDocShape.phone,
  email: contactDocShape.email,
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
});

/** The organisation an FAQ answer is credited to, a page's validation and its help. */
export const siteReferentSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  acronym: z.string().nullable(),
  website: z.string().nullable(),
  /** Its name per language; French where the Dutch one is missing (a proper name). */
  names: z.partialRecord(localeSchema, z.string()),
  /** The themes whose texts it validates. */
  themeIds: z.array(z.string()),
  /** Where readers reach it, per language (the address in another one when needed). */
  contacts: z.partialRecord(
    localeSchema,
    z.object({ contact: contactBlockSchema.nullable(), addressLang: localeSchema }),
  ),
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
    'themes',
    'address',
    'phone',
    'email',
    'updatedAt',
  ] as const satisfies readonly (keyof ReferentOrganisation)[],
  drafts: false,
  byPortal: false,
  docSchema: referentDocSchema,
  entrySchema: siteReferentSchema,
  toEntry(doc) {
    const names: SiteReferent['names'] = {};
    const contacts: SiteReferent['contacts'] = {};
    for (const locale of locales) {
      const name = textIn(doc.name, locale);
      if (name) names[locale] = name;
      contacts[locale] = toFicheContact(doc, locale);
    }
    return {
      id: doc.id,
      updatedAt: doc.updatedAt,
      acronym: doc.acronym,
      website: doc.website,
      names,
      themeIds: doc.themes,
      contacts,
    };
  },
};
