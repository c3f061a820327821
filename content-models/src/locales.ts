/** Every locale the platform can publish in. The first one is the default and the fallback. */
export const locales = ['fr', 'nl'] as const;

export type Locale = (typeof locales)[number];

/** @default 'fr': French is the source language editors write in first. */
export const defaultLocale: Locale = 'fr';

/** Each locale's name written in that language, for language switches and the admin. */
export const localeNames: Record<Locale, string> = {
  fr: 'Français',
  nl: 'Nederlands',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
