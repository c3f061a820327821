import { locales, type Locale } from '@portals/content-models';
import type { HospitalSection } from '@portals/content-models/collections';
import type { FicheSection } from '../../fiches/index.ts';
import { nameCollator } from '../../site/listOrganisations.ts';
import type { SiteHospital } from './kind.ts';
import { hospitalPath, hospitalSectionSlug } from './paths.ts';

/** One hospital's section on a comparison page, linked to its place in the fiche. */
export interface ComparedSection {
  hospital: SiteHospital;
  name: string;
  /** The section in the hospital's fiche: `/fr/hopitaux/saint-luc/#maternite`. */
  href: string;
  section: FicheSection<HospitalSection>;
  /** Set when the section exists only in another language than the page's. */
  otherLang: Locale | null;
}

/** True when some hospital has the section written in `locale`: its comparison page exists. */
export function hasComparison(
  hospitals: readonly SiteHospital[],
  key: HospitalSection,
  locale: Locale,
): boolean {
  return hospitals.some((h) => h.translations[locale]?.sections.some((s) => s.key === key));
}

/**
 * A section across hospitals, by hospital name: first those written in `locale`, then those
 * that exist only in another language (untranslated), linked to the fiche in that language.
 */
export function compareSection(
  hospitals: readonly SiteHospital[],
  key: HospitalSection,
  locale: Locale,
): ComparedSection[] {
  const order = [locale, ...locales.filter((l) => l !== locale)];
  const items = hospitals.flatMap((hospital): ComparedSection[] => {
    for (const lang of order) {
      const translation = hospital.translations[lang];
      const section = translation?.sections.find((s) => s.key === key);
      if (translation && section) {
        const anchor = hospitalSectionSlug(key, lang);
        return [
          {
            hospital,
            name: translation.name,
            href: `${hospitalPath(lang, translation.slug)}#${anchor}`,
            section,
            otherLang: lang === locale ? null : lang,
          },
        ];
      }
    }
    return [];
  });
  const collator = nameCollator(locale);
  return items.sort(
    (a, b) =>
      Number(a.otherLang !== null) - Number(b.otherLang !== null) ||
      collator.compare(a.name, b.name),
  );
}
