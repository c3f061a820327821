import type { Locale } from '../locales.ts';

/** An admin label in each admin language; Payload picks the one matching the editor's UI. */
export type Label = Record<Locale, string>;

export function label(fr: string, nl: string): Label {
  return { fr, nl };
}
