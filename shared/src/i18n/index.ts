export { createTranslator, t, type Translate, type TranslateOptions } from './createTranslator.ts';
export { formatDate, intlLocales, siteTimeZone } from './formatDate.ts';
export { formatLanguages } from './formatLanguages.ts';
export { cachedIntl } from './cachedIntl.ts';
export {
  uiStrings,
  type UiKey,
  type UiOverrides,
  type UiStringKey,
  type UiStrings,
} from './uiStrings.ts';
export { uiTemplate } from './uiTemplate.ts';
