import { locales } from '@portals/content-models';
import { redirectTargets } from '@portals/content-models/collections';
import type { Redirect } from '@portals/content-models/payload-types';
import { z } from 'zod';
import { docIdSchema, relationIdSchema } from '@portals/shared/cms';

const optionalText = z
  .string({ error: 'expected text' })
  .nullish()
  .transform((value) => value?.trim() || null);

/** A redirect record as `/api/redirects?depth=0` sends it. */
export const redirectDocSchema = z.object({
  id: docIdSchema,
  from: z.string({ error: 'expected the old path as text' }).trim().min(1, 'expected an old path'),
  toPath: optionalText,
  toDocument: z
    .object({
      relationTo: z.enum(redirectTargets, {
        error: `expected a target among ${redirectTargets.join(', ')}`,
      }),
      value: relationIdSchema,
    })
    .nullish()
    .transform((value) => value ?? null),
  statusCode: z.enum(['301', '302'], { error: 'expected the status 301 or 302' }),
  locale: z
    .enum(locales, { error: `expected a language among ${locales.join(', ')}` })
    .nullish()
    .transform((value) => value ?? null),
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
});

export type RedirectDoc = z.output<typeof redirectDocSchema>;

/** The projection requested with `select`: checked against the generated `Redirect`. */
export const redirectFields = [
  'from',
  'toPath',
  'toDocument',
  'statusCode',
  'locale',
  'updatedAt',
] as const satisfies readonly (keyof Redirect)[];
