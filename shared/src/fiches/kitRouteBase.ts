import type { Locale } from '@portals/content-models';
import type { RouteBase } from '../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from '../site/pageLinks.ts';

/**
 * The common part of a route that exists in the languages where `pathIn` gives a path.
 * `switchTo` offers a substitute where the page is missing (a list that names the fiche);
 * without one, the language switch leads to that language's home.
 */
export function kitRouteBase(
  locales: readonly Locale[],
  locale: Locale,
  pathIn: (locale: Locale) => string | null,
  switchTo: (locale: Locale) => string | null = pathIn,
): RouteBase | null {
  const path = pathIn(locale);
  if (!path) return null;
  return {
    locale,
    path,
    canonicalPath: path,
    indexable: true,
    alternates: alternatesFor(locales, pathIn),
    languageSwitch: languageSwitchFor(locale, locales, (l) => pathIn(l) ?? switchTo(l)),
  };
}
