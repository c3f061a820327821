import type { Locale } from '@portals/content-models';
import fr from './fr.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };

/** Every key as written in the reference locale's file, plural forms included (`_one`, `_other`). */
export type UiStringKey = keyof typeof fr;

/** All strings of one locale. Typing `nl.json` against it makes a missing Dutch key a type error. */
export type UiStrings = Record<UiStringKey, string>;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A key as pages ask for it: plural variants collapse to their base (`search.results`), and
 * `t` picks `_one` or `_other` from the `count` option with the locale's plural rules.
 */
export type UiKey = UiStringKey extends infer K
  ? K extends `${infer Base}_${PluralSuffix}`
    ? Base
    : K
  : never;

/** Site-specific wording layered over the shared strings, per locale (Starlight's model). */
export type UiOverrides = Partial<Record<Locale, Partial<UiStrings>>>;

const nlStrings: UiStrings = nl;

/** The shared UI strings, French being the reference every other locale is checked against. */
export const uiStrings: Record<Locale, UiStrings> = { fr, nl: nlStrings };
