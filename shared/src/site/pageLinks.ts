import { defaultLocale, type Locale } from '@portals/content-models';
import { homePath } from './paths.ts';

/** A page in one language: what hreflang alternates and the language switch point to. */
export interface PageLink {
  locale: Locale;
  path: string;
}

/**
 * hreflang alternates: the same page in every portal language where it exists.
 * `pathIn` returns null for a language without that page. A single-locale portal has none:
 * a page listing only itself tells search engines nothing (issue #11).
 */
export function alternatesFor(
  locales: readonly Locale[],
  pathIn: (locale: Locale) => string | null,
): PageLink[] {
  if (locales.length < 2) return [];
  return locales.flatMap((locale) => {
    const path = pathIn(locale);
    return path ? [{ locale, path }] : [];
  });
}

/**
 * Language-switch targets for every other portal language: the same page when it exists,
 * else the best substitute `pathIn` offers (a fallback page), else that language's home.
 */
export function languageSwitchFor(
  current: Locale,
  locales: readonly Locale[],
  pathIn: (locale: Locale) => string | null,
): PageLink[] {
  return locales
    .filter((locale) => locale !== current)
    .map((locale) => ({ locale, path: pathIn(locale) ?? homePath(locale) }));
}

/** The hreflang="x-default" target: the default-locale version, else the first one. */
export function xDefaultOf(alternates: readonly PageLink[]): string | undefined {
  return (alternates.find((link) => link.locale === defaultLocale) ?? alternates[0])?.path;
}
