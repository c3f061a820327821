import type { ContactBlock, Locale } from '@portals/content-models';

/** One rendered section of a fiche in one language. */
export interface FicheSection<Key extends string = string> {
  key: Key;
  html: string;
  updatedAt: string;
}

/** What the shared fiche mapping produces for one language. */
export interface FicheTranslation<Key extends string = string> {
  name: string;
  slug: string;
  contact: ContactBlock | null;
  addressLang: Locale;
  sections: FicheSection<Key>[];
  untranslated: Key[];
}

/** The part of a hospital or mutuality entry that lists, links and contact blocks read. */
export interface FicheEntry<Key extends string = string> {
  id: string;
  updatedAt: string;
  isDemo: boolean;
  availableLocales: Locale[];
  translations: Partial<Record<Locale, FicheTranslation<Key>>>;
}
