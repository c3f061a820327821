import type { Locale } from '@portals/content-models';
import { ficheUrl } from '../../fiches/ficheLinks.ts';
import type { SiteMutuality } from './kind.ts';
import { mutualityPath } from './paths.ts';

/** The URL of an antenna's fiche; fails the build when it does not exist in `locale`. */
export function mutualityUrl(mutuality: SiteMutuality, locale: Locale): string {
  return ficheUrl(mutuality, locale, mutualityPath, 'mutuality');
}

/** The fiche's URL in `locale`, or null when it does not exist there. */
export function mutualityUrlIn(mutuality: SiteMutuality, locale: Locale): string | null {
  return mutuality.translations[locale] ? mutualityUrl(mutuality, locale) : null;
}
