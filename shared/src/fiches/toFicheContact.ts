import { locales, type Locale } from '@portals/content-models';
import { textIn } from '@portals/shared/cms';
import type { ContactDoc } from './ficheDocSchema.ts';
import type { FicheAddress, FicheContact } from './siteFicheSchema.ts';

function present(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

/** Phone, e-mail, website and map position: the same in every language. */
export function toFicheContact(doc: ContactDoc): FicheContact {
  const { latitude, longitude } = doc.coordinates ?? {};
  return {
    phone: present(doc.phone),
    email: present(doc.email),
    website: present(doc.website),
    coordinates:
      typeof latitude === 'number' && typeof longitude === 'number'
        ? { lat: latitude, lon: longitude }
        : null,
  };
}

/**
 * The address in `locale`. Brussels streets have a name in each language; where the
 * translation is missing, the other language's name is shown (marked by `lang`) rather than
 * no address at all. Null when the CMS has no address.
 */
export function toFicheAddress(doc: ContactDoc, locale: Locale): FicheAddress | null {
  const address = doc.address;
  if (!address) return null;
  const postcode = address.postcode?.trim() ?? '';
  const order = [locale, ...locales.filter((l) => l !== locale)];
  const lang = order.find((l) => textIn(address.street, l) || textIn(address.city, l));
  if (!lang) return postcode ? { street: '', postcode, city: '', lang: locale } : null;
  return {
    street: textIn(address.street, lang),
    postcode,
    city: textIn(address.city, lang),
    lang,
  };
}
