import { collectionSlugs, locales, slugify } from '@portals/content-models';
import { z } from 'zod';
import { midwifeDocSchema, midwifeFields, textIn } from '@portals/shared/cms';
import type { ContentKind } from '../../kit/contract.ts';

const localeSchema = z.enum(locales);

/** `/api/midwives?locale=all` with the fields the kit's loader needs to sync and re-check. */
export const midwifeKindDocSchema = midwifeDocSchema.extend({
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
  // Required: without it the published re-check could not be made (payload#14750).
  _status: z.enum(['published', 'draft'], {
    error: 'expected _status "published" or "draft"; are drafts enabled and _status selected?',
  }),
});

export type MidwifeKindDoc = z.output<typeof midwifeKindDocSchema>;

/** A midwife as the sites show her: the content-layer schema of `midwives`. */
export const siteMidwifeEntrySchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  name: z.string().min(1),
  /** From the name (the collection has no slug field): `/fr/sages-femmes/{slug}/`. */
  slug: z.string().min(1),
  /** ISO 639 codes, in the editor's order. */
  languages: z.array(z.string()),
  /** Commune values of `brusselsCommunes`. */
  communes: z.array(z.string()),
  specialities: z.array(z.string()),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  /** Her availability per language, where written. */
  availability: z.partialRecord(localeSchema, z.string()),
  isDemo: z.boolean(),
});

export type SiteMidwifeEntry = z.infer<typeof siteMidwifeEntrySchema>;

/** Maps a midwife document to her entry; her name is not translated, so she exists in every language. */
export function toSiteMidwife(doc: MidwifeKindDoc): SiteMidwifeEntry {
  const availability: SiteMidwifeEntry['availability'] = {};
  for (const locale of locales) {
    const text = textIn(doc.availability, locale);
    if (text) availability[locale] = text;
  }
  return {
    id: doc.id,
    updatedAt: doc.updatedAt,
    name: doc.name.trim(),
    slug: slugify(doc.name) || `sage-femme-${doc.id}`,
    languages: doc.languages,
    communes: doc.communes,
    specialities: doc.specialities,
    phone: doc.contact.phone,
    email: doc.contact.email,
    website: doc.contact.website,
    availability,
    isDemo: doc.isDemo,
  };
}

/** The portal's published midwives ("trouver une sage-femme"), read by the kit's loader. */
export const midwifeKind = {
  name: 'midwives',
  collection: collectionSlugs.midwives,
  fields: midwifeFields,
  docSchema: midwifeKindDocSchema,
  entrySchema: siteMidwifeEntrySchema,
  toEntry: (doc) => toSiteMidwife(doc),
} satisfies ContentKind<MidwifeKindDoc, SiteMidwifeEntry>;
