import { z } from 'zod';
import { docIdSchema, localized } from '@portals/shared/cms';

const text = z.string({ error: 'expected text' });
const isoDate = z.iso.datetime({ offset: true, error: 'expected an ISO date' });

/** A Lexical editor state; its inner nodes are left to the rich-text renderer. */
export const lexicalSchema = z.looseObject({
  root: z.looseObject(
    { children: z.array(z.unknown()) },
    { error: 'expected a Lexical "root" node' },
  ),
});

/**
 * One fiche section (`ficheSection` in content-models): a localized body and a validation
 * stamp that is not localized. An untouched section comes back empty or absent.
 */
export const ficheSectionDocSchema = z
  .object({
    body: localized(lexicalSchema),
    validation: z
      .object({
        // Payload stores a day-only date as midnight UTC; a bare day is accepted as well.
        validatedAt: z
          .union([isoDate, z.iso.date()], { error: 'expected the validation date as an ISO date' })
          .nullish(),
        validatedBy: text.nullish(),
      })
      .nullish(),
  })
  .nullish();

export type FicheSectionDoc = z.infer<typeof ficheSectionDocSchema>;

/** The schema shape of a fiche's sections, one `ficheSectionDocSchema` per key. */
export function ficheSectionsShape<const Key extends string>(
  keys: readonly Key[],
): Record<Key, typeof ficheSectionDocSchema> {
  return Object.fromEntries(keys.map((key) => [key, ficheSectionDocSchema])) as Record<
    Key,
    typeof ficheSectionDocSchema
  >;
}

/** The fields of `contactFields()`: street and commune are localized, the rest is not. */
export const contactDocShape = {
  address: z
    .object({
      street: localized(text),
      postcode: text.nullish(),
      city: localized(text),
    })
    .nullish(),
  phone: text.nullish(),
  email: text.nullish(),
  website: text.nullish(),
  coordinates: z
    .object({
      latitude: z.number({ error: 'expected the latitude as a number' }).nullish(),
      longitude: z.number({ error: 'expected the longitude as a number' }).nullish(),
    })
    .nullish(),
};

export type ContactDoc = z.infer<z.ZodObject<typeof contactDocShape>>;

/** What every fiche carries besides its sections: names, slugs and the publication fields. */
export const ficheDocShape = {
  id: docIdSchema,
  name: localized(text),
  slug: localized(text),
  ...contactDocShape,
  portals: z
    .array(z.string())
    .nullish()
    .transform((value) => value ?? []),
  updatedAt: isoDate,
  isDemo: z
    .boolean()
    .nullish()
    .transform((value) => value === true),
  // Required: without it the published re-check could not be made (payload#14750).
  _status: z.enum(['published', 'draft'], {
    error: 'expected _status "published" or "draft"; are drafts enabled and _status selected?',
  }),
};
