import { z } from 'zod';
import { locales, type Locale } from '@portals/content-models';

/**
 * A localized field read with `locale=all`: an object keyed by locale where a missing
 * translation is absent, null or empty. A bare string means the request forgot `locale=all`.
 */
export function localized<T extends z.ZodType>(value: T) {
  const shape = Object.fromEntries(locales.map((locale) => [locale, value.nullish()])) as Record<
    Locale,
    z.ZodOptional<z.ZodNullable<T>>
  >;
  return z
    .object(shape, {
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? undefined
          : `expected an object keyed by locale (${locales.join(', ')}); was the request made with locale=all?`,
    })
    .nullish()
    .transform((field) => field ?? {});
}

/** Trimmed text of one locale, or '' when that translation is missing. */
export function textIn(
  field: Partial<Record<Locale, string | null | undefined>>,
  locale: Locale,
): string {
  return field[locale]?.trim() ?? '';
}

/** Payload ids are numbers on SQLite and strings on MongoDB: the sites always use strings. */
export const docIdSchema = z
  .union([z.string().min(1), z.number()], { error: 'expected a document id (text or number)' })
  .transform(String);

/** A relationship read at depth 0 is an id; at a higher depth, a document with an id. */
export const relationIdSchema = z
  .union([docIdSchema, z.object({ id: docIdSchema }).transform((doc) => doc.id)])
  .transform(String);
