import { createInstance } from 'i18next';
import { defaultLocale, locales, type Locale } from '@portals/content-models';
import { uiStrings, type UiKey, type UiOverrides } from './uiStrings.ts';

/** Values for `{{name}}` placeholders; `count` also selects the plural form. */
export type TranslateOptions = Record<string, string | number>;

export type Translate = (key: UiKey, options?: TranslateOptions) => string;

const noOverrides: UiOverrides = {};
const cache = new WeakMap<UiOverrides, Map<Locale, Translate>>();

/** Builds a fresh translate function; prefer the cached `t` in pages. */
export function createTranslator(locale: Locale, overrides: UiOverrides = noOverrides): Translate {
  const resources = Object.fromEntries(
    locales.map((code) => [code, { translation: { ...uiStrings[code], ...overrides[code] } }]),
  );
  // One instance per locale and override set: pages render in parallel, so no shared
  // `changeLanguage` state. `initAsync: false` makes init synchronous with inline resources.
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    resources,
    initAsync: false,
    // Keys are flat and contain dots (`search.submit`): no nesting, no namespaces.
    keySeparator: false,
    nsSeparator: false,
    // Astro escapes every interpolated expression; escaping here too would double-escape.
    interpolation: { escapeValue: false },
  });
  return (key, options) => instance.t(key, options ?? {});
}

/**
 * Returns the translate function for a locale, with optional site overrides on top of the
 * shared strings; a key missing in the locale falls back to French. Cached per override set.
 */
export function t(locale: Locale, overrides: UiOverrides = noOverrides): Translate {
  let byLocale = cache.get(overrides);
  if (!byLocale) {
    byLocale = new Map();
    cache.set(overrides, byLocale);
  }
  let translate = byLocale.get(locale);
  if (!translate) {
    translate = createTranslator(locale, overrides);
    byLocale.set(locale, translate);
  }
  return translate;
}
