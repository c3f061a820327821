import type { z } from 'zod';
import type { Category } from './schemas/lookupSchemas.ts';
import {
  RawOrganisationSchema,
  type RawAddress,
  type RawOrganisation,
} from './schemas/RawOrganisationSchema.ts';
import { parseLastUpdate } from './schemas/parseLastUpdate.ts';
import type {
  Bilingual,
  Organisation,
  OrganisationAddress,
  OrganisationCategory,
  RejectedRecord,
} from './Organisation.ts';
import {
  bilingualText,
  cleanText,
  coordinatesInBelgium,
  isWebUrl,
  languagesFromStatus,
  mergeLists,
  relationIds,
} from './normaliseFields.ts';
import { organisationPageUrl } from './organisationPageUrl.ts';
import { recordId } from './recordId.ts';
import { isSyntheticRecord } from './syntheticMarker.ts';

export interface NormaliseOptions {
  /**
   * The `/rest/search/category` table, to label categories whose embedded object has no
   * title. @default none: such categories are left out
   */
  categories?: readonly Category[];
}

export type NormaliseResult =
  { ok: true; organisation: Organisation } | { ok: false; rejected: RejectedRecord };

/** Validates one raw record and maps it into our bilingual `Organisation`. */
export function normaliseOrganisation(
  record: unknown,
  options: NormaliseOptions = {},
): NormaliseResult {
  const parsed = RawOrganisationSchema.safeParse(record);
  if (!parsed.success) return { ok: false, rejected: rejection(record, parsed.error.issues) };
  const raw = parsed.data;
  const name = officialName(raw);
  if (!name) {
    const issue = { path: 'nameOfficialFr', message: 'both official names are empty' };
    return { ok: false, rejected: { id: raw.id, issues: [issue] } };
  }
  return { ok: true, organisation: toOrganisation(raw, name, options) };
}

function toOrganisation(
  raw: RawOrganisation,
  name: Bilingual<string>,
  options: NormaliseOptions,
): Organisation {
  return {
    id: raw.id,
    name,
    alternativeNames: {
      fr: mergeLists(raw.nameAlternativeFr, []),
      nl: mergeLists(raw.nameAlternativeNl, []),
    },
    description: bilingualText(raw.descriptionFr, raw.descriptionNl),
    activities: bilingualText(raw.activitiesFr, raw.activitiesNl),
    address: raw.address ? toAddress(raw.address) : null,
    coordinates: coordinatesInBelgium(raw.address?.lat, raw.address?.lon),
    phones: mergeLists(raw.telFr, raw.telNl),
    emails: mergeLists(raw.emailFr, raw.emailNl, (email) => email.toLowerCase()),
    websites: mergeLists(raw.websiteOfficialFr, raw.websiteOfficialNl).filter(isWebUrl),
    openingHours: bilingualText(raw.permanencyFr, raw.permanencyNl),
    targetPublic: bilingualText(raw.publicFr, raw.publicNl),
    categories: toCategories(raw.categoriesObject, options.categories),
    sectorIds: relationIds(raw.sectorsObjects),
    agreementIds: relationIds(raw.agreements),
    languages: languagesFromStatus(raw.langStatus),
    offersInterpreting: raw.isInterpreting,
    legalStatus: raw.legalStatus
      ? { fr: raw.legalStatus.labelFr.trim(), nl: raw.legalStatus.labelNl.trim() }
      : null,
    remark: bilingualText(raw.remarkFr, raw.remarkNl),
    isSynthetic: isSyntheticRecord(raw.id, raw.remarkFr),
    // The schema already refused records whose date does not parse.
    lastUpdate: parseLastUpdate(raw.lastUpdate) as string,
    sourceUrl: organisationPageUrl(raw.id),
  };
}

/** Names are proper nouns: when one language is blank, the other one stands in. */
function officialName(raw: RawOrganisation): Bilingual<string> | null {
  const fr = cleanText(raw.nameOfficialFr);
  const nl = cleanText(raw.nameOfficialNl);
  if (!fr && !nl) return null;
  return { fr: fr ?? (nl as string), nl: nl ?? (fr as string) };
}

function toAddress(address: RawAddress): OrganisationAddress {
  return {
    street: { fr: address.streetFr.trim(), nl: address.streetNl.trim() },
    number: cleanText(address.number),
    box: cleanText(address.postalBox),
    zipCode: address.zipCode,
    municipality: { fr: address.municipalityFr.trim(), nl: address.municipalityNl.trim() },
  };
}

function toCategories(
  refs: RawOrganisation['categoriesObject'],
  table: readonly Category[] | undefined,
): OrganisationCategory[] {
  const categories: OrganisationCategory[] = [];
  for (const ref of refs) {
    const known = table ? categoryIndex(table).get(ref.id) : undefined;
    const fr = cleanText(ref.titleFr) ?? cleanText(known?.titleFr);
    const nl = cleanText(ref.titleNl) ?? cleanText(known?.titleNl);
    if (fr || nl)
      categories.push({
        id: ref.id,
        label: { fr: fr ?? (nl as string), nl: nl ?? (fr as string) },
      });
  }
  return categories;
}

const indexes = new WeakMap<readonly Category[], Map<number, Category>>();

/** Indexed once per table: a full directory has thousands of category references. */
function categoryIndex(table: readonly Category[]): Map<number, Category> {
  let index = indexes.get(table);
  if (!index) {
    index = new Map(table.map((category) => [category.id, category]));
    indexes.set(table, index);
  }
  return index;
}

function rejection(record: unknown, issues: readonly z.core.$ZodIssue[]): RejectedRecord {
  return {
    id: recordId(record) ?? null,
    issues: issues.map((issue) => ({
      path: issue.path.join('.') || '(record)',
      message: issue.message,
    })),
  };
}
