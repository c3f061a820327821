import type { Locale } from './locales.ts';
import type { Hospital, Midwife, Mutuality } from './payload-types.ts';

/**
 * The contact row of a place (a hospital, a union antenna; `fields/contactFields.ts` defines
 * it in the CMS): its field names, the shape a site reads with `locale=all`, and the block a
 * page renders in one language. Directory organisations (open data) map to the same block, so
 * one component shows them all.
 */
export const contactFieldNames = ['address', 'phone', 'email', 'website', 'coordinates'] as const;
export type ContactFieldName = (typeof contactFieldNames)[number];

/** A localized text as read with `locale=all` (an object per locale), or one locale's string. */
type LocalizedText = string | Partial<Record<Locale, string | null>> | null | undefined;

/** The contact fields of a document as the CMS returns them (any locale mode). */
export interface ContactDoc {
  address?: { street?: LocalizedText; postcode?: string | null; city?: LocalizedText } | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  coordinates?: { latitude?: number | null; longitude?: number | null } | null;
}

// Fails type-checking when a collection's contact fields drift from the contact row.
type Holds<T extends ContactDoc> = T;
export type HospitalContact = Holds<Pick<Hospital, ContactFieldName>>;
export type MutualityContact = Holds<Pick<Mutuality, ContactFieldName>>;
export type MidwifeContact = Holds<NonNullable<Midwife['contact']>>;

/** A contact block in one language, as pages render it (address, phones, e-mails, website, map). */
export interface ContactBlock {
  address: { street: string; postcode: string; city: string } | null;
  phones: string[];
  emails: string[];
  website: string | null;
  coordinates: { lat: number; lon: number } | null;
}

function inLocale(text: LocalizedText, locale: Locale): string {
  if (typeof text === 'string') return text.trim();
  return text?.[locale]?.trim() ?? '';
}

/** The contact block of `doc` in `locale`, or null when it has nothing to show. */
export function toContactBlock(doc: ContactDoc, locale: Locale): ContactBlock | null {
  const street = inLocale(doc.address?.street, locale);
  const city = inLocale(doc.address?.city, locale);
  const postcode = doc.address?.postcode?.trim() ?? '';
  const { latitude, longitude } = doc.coordinates ?? {};
  const block: ContactBlock = {
    address: street || city ? { street, postcode, city } : null,
    phones: doc.phone?.trim() ? [doc.phone.trim()] : [],
    emails: doc.email?.trim() ? [doc.email.trim()] : [],
    website: doc.website?.trim() || null,
    coordinates:
      typeof latitude === 'number' && typeof longitude === 'number'
        ? { lat: latitude, lon: longitude }
        : null,
  };
  const empty = !block.address && !block.phones.length && !block.emails.length && !block.website;
  return empty && !block.coordinates ? null : block;
}
