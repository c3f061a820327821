import { z } from 'zod';
import { parseLastUpdate } from './parseLastUpdate.ts';

/*
 * One record of `/rest/organisation/{id}` and `/rest/search/organisation/*`, as documented in
 * open-data/API.md. Loose objects: unknown fields pass through, because the service is
 * "en évolution" and an added field must not break the build. Strict on what the portals
 * display: those fields must be present with the documented type, or the record is rejected.
 * Fields we do not display (fax, pmRp, publications, …) are not declared at all.
 */

const text = z.string().nullable();
const texts = z.array(z.string());

/** The postal address; `x`/`y` (Lambert 72) are left undeclared because we use WGS84. */
export const RawAddressSchema = z.looseObject({
  streetFr: z.string(),
  streetNl: z.string(),
  /** A string, not a number: "70", "12A", "12-14". */
  number: z.string().nullable(),
  postalBox: z.string().nullable().optional(),
  zipCode: z.int(),
  municipalityFr: z.string(),
  municipalityNl: z.string(),
  /** WGS84 degrees. Nullable: a missing point hides the marker, not the organisation. */
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
});

/** An item of `categoriesObject`; its shape is inferred to be a `/rest/search/category` item. */
export const RawCategoryRefSchema = z.looseObject({
  id: z.int(),
  titleFr: z.string().nullable().optional(),
  titleNl: z.string().nullable().optional(),
});

export const RawOrganisationSchema = z.looseObject({
  id: z.int().positive(),
  nameOfficialFr: z.string(),
  nameOfficialNl: z.string(),
  nameAlternativeFr: texts,
  nameAlternativeNl: texts,
  legalStatus: z.looseObject({ id: z.int(), labelFr: z.string(), labelNl: z.string() }).nullable(),
  isInterpreting: z.boolean(),
  address: RawAddressSchema.nullable(),
  categoriesObject: z.array(RawCategoryRefSchema),
  descriptionFr: text,
  descriptionNl: text,
  activitiesFr: text,
  activitiesNl: text,
  permanencyFr: text,
  permanencyNl: text,
  publicFr: text,
  publicNl: text,
  remarkFr: text,
  remarkNl: text,
  /** "FR-NL", "FR" or "NL": the languages the organisation works in. */
  langStatus: z.string().nullable(),
  /** `dd/mm/yy`. */
  lastUpdate: z.string().refine((value) => parseLastUpdate(value) !== null, {
    error: 'expected a real date written dd/mm/yy',
  }),
  telFr: texts,
  telNl: texts,
  emailFr: texts,
  emailNl: texts,
  websiteOfficialFr: texts,
  websiteOfficialNl: texts,
});

export type RawOrganisation = z.infer<typeof RawOrganisationSchema>;
export type RawAddress = z.infer<typeof RawAddressSchema>;
