import type { Locale } from '@portals/content-models';
import { ficheUrl } from '../../fiches/ficheLinks.ts';
import type { SiteHospital } from './kind.ts';
import { hospitalPath } from './paths.ts';

/** The URL of a hospital's fiche; fails the build when the fiche does not exist in `locale`. */
export function hospitalUrl(hospital: SiteHospital, locale: Locale): string {
  return ficheUrl(hospital, locale, hospitalPath, 'hospital');
}

/** The fiche's URL in `locale`, or null when it does not exist there. */
export function hospitalUrlIn(hospital: SiteHospital, locale: Locale): string | null {
  return hospital.translations[locale] ? hospitalUrl(hospital, locale) : null;
}
