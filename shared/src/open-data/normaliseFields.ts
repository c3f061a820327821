import type { Bilingual } from './Organisation.ts';

/*
 * Small field cleaners shared by the normaliser. The directory is typed by hand by editors,
 * so values carry stray spaces, duplicates between the FR and NL columns, and empty strings
 * where null was meant.
 */

/** Trimmed text, or null when blank. */
export function cleanText(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function bilingualText(
  fr: string | null | undefined,
  nl: string | null | undefined,
): Bilingual<string | null> {
  return { fr: cleanText(fr), nl: cleanText(nl) };
}

/** Trimmed, non-blank entries of both lists, French first, without duplicates. */
export function mergeLists(
  fr: readonly string[],
  nl: readonly string[],
  key = (value: string) => value,
): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const raw of [...fr, ...nl]) {
    const value = raw.trim();
    if (value === '' || seen.has(key(value))) continue;
    seen.add(key(value));
    merged.push(value);
  }
  return merged;
}

/**
 * Keeps http(s) URLs only: they become `href`s, and a `javascript:` value typed into the
 * directory must not become a link on our pages.
 */
export function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:';
}

/** "FR-NL" → ["fr", "nl"]; anything that is not a two-letter code is ignored. */
export function languagesFromStatus(status: string | null): string[] {
  if (!status) return [];
  const codes = status
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((code) => code.length === 2);
  return [...new Set(codes)];
}

/**
 * Belgium's bounding box, with a margin. A point outside it is a data-entry slip (0,0 or
 * swapped lat/lon) and would put a Brussels service in the ocean.
 */
export function coordinatesInBelgium(
  lat: number | null | undefined,
  lon: number | null | undefined,
) {
  if (typeof lat !== 'number' || typeof lon !== 'number') return null;
  if (lat < 49.4 || lat > 51.6 || lon < 2.4 || lon > 6.5) return null;
  return { lat, lon };
}

/**
 * Ids of a relation the schema leaves undeclared (`sectorsObjects`, `agreements`): null, a list
 * of ids or a list of objects with an id. Anything else yields no id rather than a rejection,
 * because no recorded record shows the shape and these only select, they are not displayed.
 */
export function relationIds(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  const ids = value.map((item: unknown) =>
    typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item,
  );
  return [...new Set(ids.filter((id): id is number => Number.isSafeInteger(id)))];
}
