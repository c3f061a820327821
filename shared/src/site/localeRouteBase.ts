import type { Locale } from '@portals/content-models';
import type { RouteBase } from '../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from './pageLinks.ts';

/**
 * The route of a page at `pathIn(locale)` that exists in each of `present` (a list page with
 * something to list there): indexable, its own canonical, alternates and language switch.
 */
export function localeRouteBase(
  locales: readonly Locale[],
  locale: Locale,
  pathIn: (locale: Locale) => string,
  present: (locale: Locale) => boolean = () => true,
): RouteBase {
  const path = pathIn(locale);
  const existing = (l: Locale) => (present(l) ? pathIn(l) : null);
  return {
    locale,
    path,
    canonicalPath: path,
    indexable: true,
    alternates: alternatesFor(locales, existing),
    languageSwitch: languageSwitchFor(locale, locales, existing),
  };
}
