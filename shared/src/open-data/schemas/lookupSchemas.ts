import { z } from 'zod';

/*
 * The lookup tables, as recorded in open-data/samples (2019). Loose objects for the same
 * reason as organisations: a new field must not break the build.
 */

const labelled = { id: z.int(), labelFr: z.string(), labelNl: z.string() };
const named = { id: z.int(), nameFr: z.string().trim(), nameNl: z.string().trim() };
const titled = {
  id: z.int(),
  titleFr: z.string(),
  titleNl: z.string(),
  descriptionFr: z.string().nullable(),
  descriptionNl: z.string().nullable(),
  order: z.int(),
};

export const SectorSchema = z.looseObject(titled);

export const CategorySchema = z.looseObject({
  ...titled,
  urlsFr: z.array(z.string()),
  urlsNl: z.array(z.string()),
  keywordsFr: z.array(z.string()),
  keywordsNl: z.array(z.string()),
  organisationsCount: z.int(),
});

export const AgreementPowerSchema = z.looseObject(named);

export const AgreementSchema = z.looseObject({
  ...labelled,
  agreementPower: AgreementPowerSchema.nullable(),
  agreementPowerId: z.int().nullable(),
});

export const ActionZoneSchema = z.looseObject(labelled);

/** Names carry trailing spaces in the recorded data ("russe "), hence the trim. */
export const LanguageSchema = z.looseObject(named);

export const LegalStatusSchema = z.looseObject(labelled);

export const OfferTypeSchema = z.looseObject(labelled);

export type Sector = z.infer<typeof SectorSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type AgreementPower = z.infer<typeof AgreementPowerSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
export type ActionZone = z.infer<typeof ActionZoneSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type LegalStatus = z.infer<typeof LegalStatusSchema>;
export type OfferType = z.infer<typeof OfferTypeSchema>;
