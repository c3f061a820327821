import { createInstance, type i18n } from 'i18next';
import { defaultLocale, type Locale } from '@portals/content-models';
import { uiStrings, type UiOverrides } from './uiStrings.ts';

/** The namespace of the shared strings, used as they are by a site without overrides. */
const sharedNamespace = 'ui';

let instance: i18n | undefined;
const namespaces = new WeakMap<UiOverrides, string>();
/** Namespaces by content: an override set rebuilt as a new object reuses its namespace. */
const namespacesByContent = new Map<string, string>();

/**
 * The one i18next instance of a build, initialised synchronously from the bundled resources
 * (no backend, nothing to wait for). Keys are flat and dotted as translators write them, so
 * neither `.` nor `:` splits them; Astro escapes what pages print, so i18next does not.
 */
function uiInstance(): i18n {
  if (instance) return instance;
  const resources = Object.fromEntries(
    Object.entries(uiStrings).map(([locale, strings]) => [locale, { [sharedNamespace]: strings }]),
  );
  instance = createInstance();
  void instance.init({
    resources,
    lng: defaultLocale,
    fallbackLng: defaultLocale,
    ns: [sharedNamespace],
    defaultNS: sharedNamespace,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** One locale's strings with a site's overrides on top; an override set to undefined removes the string. */
function layered(locale: Locale, overrides: UiOverrides): Record<string, string> {
  const strings: Record<string, string> = { ...uiStrings[locale] };
  for (const [key, value] of Object.entries(overrides[locale] ?? {})) {
    if (typeof value === 'string') strings[key] = value;
    else delete strings[key];
  }
  return strings;
}

/**
 * The namespace holding a site's strings, registered on first use. Each override set gets its
 * own namespace with the shared strings layered underneath, rather than an override namespace
 * tried before the shared one: i18next tries every language of a namespace before the next
 * namespace, so a French override would otherwise beat a Dutch shared string on a Dutch page.
 */
function namespaceOf(ui: i18n, overrides: UiOverrides): string {
  if (Object.keys(overrides).length === 0) return sharedNamespace;
  const known = namespaces.get(overrides);
  if (known) return known;
  // undefined (a removed string) must count: JSON would drop it.
  const content = JSON.stringify(overrides, (_key, value: unknown) => value ?? null);
  let namespace = namespacesByContent.get(content);
  if (!namespace) {
    namespace = `site${namespacesByContent.size + 1}`;
    for (const locale of Object.keys(uiStrings) as Locale[]) {
      ui.addResourceBundle(locale, namespace, layered(locale, overrides));
    }
    namespacesByContent.set(content, namespace);
  }
  namespaces.set(overrides, namespace);
  return namespace;
}

/** The raw i18next lookup of one language and override set (no memoisation). */
export type FixedLookup = (key: string, options?: Record<string, string | number>) => string;

/** i18next's `t` fixed to a language and to the namespace of a site's overrides. */
export function fixedLookup(locale: Locale, overrides: UiOverrides): FixedLookup {
  const ui = uiInstance();
  const fixed = ui.getFixedT(locale, namespaceOf(ui, overrides));
  return (key, options) => (options ? fixed(key, options) : fixed(key));
}
