import { defaultLocale, type Locale } from '@portals/content-models';
import { uiStrings, type UiKey, type UiOverrides } from './uiStrings.ts';

/** Values for `{{name}}` placeholders; `count` also selects the plural form. */
export type TranslateOptions = Record<string, string | number>;

export type Translate = (key: UiKey, options?: TranslateOptions) => string;

const noOverrides: UiOverrides = {};
const cache = new WeakMap<UiOverrides, Map<Locale, Translate>>();
const pluralRules = new Map<Locale, Intl.PluralRules>();
const placeholder = /{{(.+?)}}/g;

function pluralRulesOf(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** One locale's strings with the site's overrides on top, as one lookup table. */
function stringTable(locale: Locale, overrides: UiOverrides): Map<string, string> {
  const table = new Map<string, string>();
  for (const strings of [uiStrings[locale], overrides[locale] ?? {}]) {
    for (const [key, value] of Object.entries(strings)) {
      // An override set to undefined removes the string, so the French one shows.
      if (typeof value === 'string') table.set(key, value);
      else table.delete(key);
    }
  }
  return table;
}

function interpolate(text: string, options: TranslateOptions): string {
  if (!text.includes('{{')) return text;
  return text.replace(placeholder, (match, name: string) => {
    const value = options[name.trim()];
    // A value nobody passed leaves its placeholder in, as i18next did: it shows in review.
    return value === undefined ? match : String(value);
  });
}

/**
 * Builds a fresh translate function; prefer the cached `t` in pages. The string tables are
 * built once here, so a call is a map lookup: i18next's `t` cost about 0.1 ms per call, which
 * thousands of pages with a dozen strings each turned into a second of every build.
 * Resolution follows the i18next conventions the strings are written for: the page's locale,
 * then French; with a numeric `count`, `key_zero` (count 0), then `key_{plural category}`
 * by that language's rules, then `key`; a missing key returns the key itself.
 */
export function createTranslator(locale: Locale, overrides: UiOverrides = noOverrides): Translate {
  const codes = locale === defaultLocale ? [locale] : [locale, defaultLocale];
  const tables = codes.map((code) => ({
    table: stringTable(code, overrides),
    plural: pluralRulesOf(code),
  }));
  return (key, options = {}) => {
    const { count } = options;
    for (const { table, plural } of tables) {
      let text: string | undefined;
      if (typeof count === 'number') {
        if (count === 0) text = table.get(`${key}_zero`);
        text ??= table.get(`${key}_${plural.select(count)}`);
      }
      text ??= table.get(key);
      if (text !== undefined) return interpolate(text, options);
    }
    return key;
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
