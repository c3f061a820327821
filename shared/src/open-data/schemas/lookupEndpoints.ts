import { z } from 'zod';
import {
  ActionZoneSchema,
  AgreementPowerSchema,
  AgreementSchema,
  CategorySchema,
  LanguageSchema,
  LegalStatusSchema,
  OfferTypeSchema,
  SectorSchema,
} from './lookupSchemas.ts';

/**
 * Every lookup table: its path under the base URL, its item schema, and the file name of
 * its recorded copy in `snapshot/lookups/` (named after the endpoint).
 */
export const lookupEndpoints = {
  sectors: { path: '/sectors', file: 'sectors.json', schema: z.array(SectorSchema) },
  categories: {
    path: '/search/category?activity=*',
    file: 'categories.json',
    schema: z.array(CategorySchema),
  },
  agreements: { path: '/agreements', file: 'agreements.json', schema: z.array(AgreementSchema) },
  agreementPowers: {
    path: '/agreementpowers',
    file: 'agreementpowers.json',
    schema: z.array(AgreementPowerSchema),
  },
  actionZones: {
    path: '/actionzones',
    file: 'actionzones.json',
    schema: z.array(ActionZoneSchema),
  },
  languageOffer: {
    path: '/languageoffer',
    file: 'languageoffer.json',
    schema: z.array(LanguageSchema),
  },
  legalStatus: {
    path: '/legalstatus',
    file: 'legalstatus.json',
    schema: z.array(LegalStatusSchema),
  },
  offerTypes: { path: '/offertypes', file: 'offertypes.json', schema: z.array(OfferTypeSchema) },
} as const;

export type LookupName = keyof typeof lookupEndpoints;

/** Every lookup table, parsed. */
export type Lookups = { [K in LookupName]: z.infer<(typeof lookupEndpoints)[K]['schema']> };

export const lookupNames = Object.keys(lookupEndpoints) as LookupName[];
