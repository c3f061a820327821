import { defaultLocale, type Locale } from '@portals/content-models';
import { uiStrings, type UiOverrides, type UiStringKey } from './uiStrings.ts';

/**
 * A UI string with its `{{placeholders}}` left in, for scripts that fill them in the browser
 * (the search page's live count). Same layering as `t`: site override, shared string, French.
 */
export function uiTemplate(locale: Locale, key: UiStringKey, overrides: UiOverrides = {}): string {
  return (
    overrides[locale]?.[key] ??
    uiStrings[locale][key] ??
    overrides[defaultLocale]?.[key] ??
    uiStrings[defaultLocale][key]
  );
}
