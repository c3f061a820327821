import { locales, toContactBlock, type ContactBlock, type Locale } from '@portals/content-models';
import type { ContactDoc } from './ficheDocSchema.ts';

/** A fiche's contact row in one language, with the language its address is written in. */
export interface FicheContact {
  contact: ContactBlock | null;
  addressLang: Locale;
}

/**
 * The contact row in `locale` (content-models' `toContactBlock`). Brussels streets have a name
 * in each language; where this language has none, the other language's address is shown
 * (marked by `addressLang`) rather than no address at all.
 */
export function toFicheContact(doc: ContactDoc, locale: Locale): FicheContact {
  const contact = toContactBlock(doc, locale);
  if (contact?.address) return { contact, addressLang: locale };
  for (const other of locales.filter((l) => l !== locale)) {
    const elsewhere = toContactBlock(doc, other);
    if (elsewhere?.address) {
      return {
        contact: { ...(contact ?? elsewhere), address: elsewhere.address },
        addressLang: other,
      };
    }
  }
  return { contact, addressLang: locale };
}
