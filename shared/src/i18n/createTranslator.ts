import type { Locale } from '@portals/content-models';
import { fixedLookup } from './uiInstance.ts';
import type { UiKey, UiOverrides } from './uiStrings.ts';

/** Values for `{{name}}` placeholders; `count` also selects the plural form. */
export type TranslateOptions = Record<string, string | number>;

export type Translate = (key: UiKey, options?: TranslateOptions) => string;

const noOverrides: UiOverrides = {};
const cache = new WeakMap<UiOverrides, Map<Locale, Translate>>();

/**
 * Builds a fresh translate function; prefer the cached `t` in pages. Strings resolve through
 * i18next with the conventions translators write for: the page's locale, then French; with a
 * numeric `count`, `key_zero` (count 0), then `key_{plural category}`, then `key`; a missing
 * key returns the key itself and a placeholder nobody filled stays in, so it shows in review.
 *
 * A string asked without options is memoised: most calls of a page are such labels, and
 * i18next's resolution (about 10 µs a call, `scripts/bench/i18n.ts`) repeated on thousands of
 * pages was half a second of every build.
 */
export function createTranslator(locale: Locale, overrides: UiOverrides = noOverrides): Translate {
  const lookup = fixedLookup(locale, overrides);
  const plain = new Map<string, string>();
  return (key, options) => {
    if (options) return lookup(key, options);
    let text = plain.get(key);
    if (text === undefined) {
      text = lookup(key);
      plain.set(key, text);
    }
    return text;
  };
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
