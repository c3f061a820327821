import { defaultLocale, locales, type Locale } from './locales.ts';

/** Where a translation stands against the source language, per locale and per field. */
export const translationStates = ['missing', 'outdated', 'up-to-date'] as const;

export type TranslationState = (typeof translationStates)[number];

/** The locales a document is translated into: every locale but the source one. */
export const targetLocales: readonly Locale[] = locales.filter(
  (locale) => locale !== defaultLocale,
);

/** `nl:outdated`-style values: one select option per target locale and state, filterable in lists. */
export function translationStateValue(locale: Locale, state: TranslationState): string {
  return `${locale}:${state}`;
}

/**
 * A locale's state from its fields' states: outdated as soon as one field is, missing when a
 * field has no translation yet, up to date otherwise.
 */
export function overallState(states: TranslationState[]): TranslationState {
  if (states.includes('outdated')) return 'outdated';
  if (states.includes('missing')) return 'missing';
  return 'up-to-date';
}
