import { siteFields } from '@portals/content-models';
import type { ReferenceDocument } from '@portals/content-models/payload-types';
import { documentKinds } from '@portals/content-models/collections';
import { z } from 'zod';
import { docIdSchema, localized, relationIdSchema } from '@portals/shared/cms';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || null);

/** A reference document (an upload) as `/api/documents?locale=all&depth=0` sends it. */
export const documentDocSchema = z.object({
  id: docIdSchema,
  title: localized(z.string({ error: 'expected the title as text' })),
  summary: localized(z.string({ error: 'expected the summary as text' })),
  kind: z.enum(documentKinds, { error: `expected a kind among ${documentKinds.join(', ')}` }),
  publisher: optionalText,
  themes: z
    .array(relationIdSchema)
    .nullish()
    .transform((value) => value ?? []),
  isDemo: z
    .boolean()
    .nullish()
    .transform((value) => value === true),
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
  url: optionalText,
  filename: optionalText,
  mimeType: optionalText,
  filesize: z
    .number({ error: 'expected the file size in bytes' })
    .nonnegative()
    .nullish()
    .transform((value) => value ?? null),
});

export type DocumentDoc = z.output<typeof documentDocSchema>;

/** The projection requested with `select`: checked against the generated `ReferenceDocument`. */
export const documentFields = siteFields.documents satisfies readonly (keyof ReferenceDocument)[];
