import { z } from 'zod';
import { locales, slugPattern, type ContactBlock } from '@portals/content-models';

export const localeSchema = z.enum(locales);

/** One section of a fiche in one language, present only when its body has content there. */
export function ficheSectionSchema<const Key extends string>(keys: readonly [Key, ...Key[]]) {
  return z.object({
    key: z.enum(keys),
    /** Sanitised HTML; body headings start at h3, under the section's own h2. */
    html: z.string().min(1),
    /** ISO date shown as "updated on": the validation stamp, else the document's last change. */
    updatedAt: z.string(),
  });
}

/** The contact row of a place in one language (`ContactBlock` in content-models). */
export const contactBlockSchema = z.object({
  address: z.object({ street: z.string(), postcode: z.string(), city: z.string() }).nullable(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  website: z.string().nullable(),
  coordinates: z.object({ lat: z.number(), lon: z.number() }).nullable(),
}) satisfies z.ZodType<ContactBlock>;

/** What every fiche translation holds: its name, slug, contact row and sections in fixed order. */
export function ficheTranslationShape<const Key extends string>(keys: readonly [Key, ...Key[]]) {
  return {
    name: z.string().min(1),
    slug: z.string().regex(slugPattern, 'expected a slug: lower-case letters, digits and hyphens'),
    /** Address, phones, e-mails, website and map position; null when the CMS has none. */
    contact: contactBlockSchema.nullable(),
    /** The language the address is written in: the other one when this one has no street. */
    addressLang: localeSchema,
    sections: z.array(ficheSectionSchema(keys)),
    /** Sections written in another language but not in this one, in fixed order. */
    untranslated: z.array(z.enum(keys)),
  };
}

/** What every fiche entry holds besides its translations. */
export const ficheEntryShape = {
  id: z.string(),
  /** The CMS document's last change: the loader re-reads the fiche when it differs. */
  updatedAt: z.string(),
  isDemo: z.boolean(),
  /** Locales in which the fiche exists (name and slug non-empty), in platform order. */
  availableLocales: z.array(localeSchema),
};
