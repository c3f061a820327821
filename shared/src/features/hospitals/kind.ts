import { collectionSlugs, siteFields } from '@portals/content-models';
import { z } from 'zod';
import {
  ficheDocShape,
  ficheEntryShape,
  ficheSectionsShape,
  ficheTranslationShape,
  localeSchema,
  toFicheEntry,
} from '../../fiches/index.ts';
import type { ContentKind } from '../../kit/contract.ts';
import { hospitalSectionKeys } from './paths.ts';

/** The fields requested from `/api/hospitals` (see `hospitalFields`). */
export const hospitalDocSchema = z.object({
  ...ficheDocShape,
  network: z.string({ error: 'expected the network as text' }).nullish(),
  ...ficheSectionsShape(hospitalSectionKeys),
});

export type HospitalDoc = z.infer<typeof hospitalDocSchema>;

/**
 * The projection requested with `select[…]=true`, defined once in content-models (checked there
 * against the generated `Hospital` type); typed here so a field the schema does not read fails.
 */
export const hospitalFields: readonly (keyof HospitalDoc)[] = siteFields.hospitals;

/** One language version of a hospital fiche. */
export const hospitalTranslationSchema = z.object(ficheTranslationShape(hospitalSectionKeys));

/** A hospital fiche as the sites use it: the content-layer schema of `hospitals`. */
export const siteHospitalSchema = z.object({
  ...ficheEntryShape,
  network: z.string().nullable(),
  translations: z.partialRecord(localeSchema, hospitalTranslationSchema),
});

export type SiteHospital = z.infer<typeof siteHospitalSchema>;
export type HospitalTranslation = z.infer<typeof hospitalTranslationSchema>;

/** Maps a hospital document to its entry: one translation per language with name and slug. */
export function toSiteHospital(
  doc: HospitalDoc,
  onWarning: (message: string) => void,
): SiteHospital | null {
  const fiche = toFicheEntry(doc, { noun: 'hospital', keys: hospitalSectionKeys, onWarning });
  return fiche && { ...fiche, network: doc.network?.trim() || null };
}

/** Hospital fiches ("Hôpitaux partenaires"), read from the CMS by the kit's loader. */
export const hospitalKind = {
  name: 'hospitals',
  collection: collectionSlugs.hospitals,
  fields: hospitalFields,
  docSchema: hospitalDocSchema,
  entrySchema: siteHospitalSchema,
  toEntry: (doc, context) => toSiteHospital(doc, (message) => context.onWarning(message)),
} satisfies ContentKind<HospitalDoc, SiteHospital>;
