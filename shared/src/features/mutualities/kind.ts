import { collectionSlugs, siteFields, type Locale } from '@portals/content-models';
import { mutualityUnions } from '@portals/content-models/collections';
import { z } from 'zod';
import { localized, textIn } from '@portals/shared/cms';
import {
  ficheDocShape,
  ficheEntryShape,
  ficheSectionsShape,
  ficheTranslationShape,
  localeSchema,
  toFicheEntry,
  type FicheTranslation,
} from '../../fiches/index.ts';
import type { ContentKind } from '../../kit/contract.ts';
import { mutualityTopicKeys } from './paths.ts';

const unionKeys = Object.keys(mutualityUnions) as [
  keyof typeof mutualityUnions,
  ...(keyof typeof mutualityUnions)[],
];

/** The fields requested from `/api/mutualities` (see `mutualityFields`). */
export const mutualityDocSchema = z.object({
  ...ficheDocShape,
  union: z.enum(unionKeys, { error: `expected a union among ${unionKeys.join(', ')}` }),
  openingHours: localized(z.string({ error: 'expected the opening hours as text' })),
  ...ficheSectionsShape(mutualityTopicKeys),
});

export type MutualityDoc = z.infer<typeof mutualityDocSchema>;

/**
 * The projection requested with `select[…]=true`, defined once in content-models (checked there
 * against the generated `Mutuality` type); typed here so a field the schema does not read fails.
 */
export const mutualityFields: readonly (keyof MutualityDoc)[] = siteFields.mutualities;

/** One language version of a mutuality fiche; `openingHours` is '' when none are given. */
export const mutualityTranslationSchema = z.object({
  ...ficheTranslationShape(mutualityTopicKeys),
  openingHours: z.string(),
});

/** An antenna's fiche as the sites use it: the content-layer schema of `mutualities`. */
export const siteMutualitySchema = z.object({
  ...ficheEntryShape,
  union: z.enum(unionKeys),
  translations: z.partialRecord(localeSchema, mutualityTranslationSchema),
});

export type SiteMutuality = z.infer<typeof siteMutualitySchema>;
export type MutualityTranslation = z.infer<typeof mutualityTranslationSchema>;

/** Maps a mutuality document to its entry; a Dutch-only fiche gets a Dutch translation only. */
export function toSiteMutuality(
  doc: MutualityDoc,
  onWarning: (message: string) => void,
): SiteMutuality | null {
  const fiche = toFicheEntry(doc, { noun: 'mutuality', keys: mutualityTopicKeys, onWarning });
  if (!fiche) return null;
  const translations: SiteMutuality['translations'] = {};
  for (const [locale, translation] of Object.entries(fiche.translations) as [
    Locale,
    FicheTranslation<(typeof mutualityTopicKeys)[number]>,
  ][]) {
    translations[locale] = { ...translation, openingHours: textIn(doc.openingHours, locale) };
  }
  return { ...fiche, union: doc.union, translations };
}

/** Mutuality fiches ("Mutualités partenaires"), read from the CMS by the kit's loader. */
export const mutualityKind = {
  name: 'mutualities',
  collection: collectionSlugs.mutualities,
  fields: mutualityFields,
  docSchema: mutualityDocSchema,
  entrySchema: siteMutualitySchema,
  toEntry: (doc, context) => toSiteMutuality(doc, (message) => context.onWarning(message)),
} satisfies ContentKind<MutualityDoc, SiteMutuality>;
