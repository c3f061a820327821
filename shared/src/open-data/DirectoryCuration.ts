import { z } from 'zod';
import { locales } from '@portals/content-models';

const ids = (what: string) =>
  z.array(z.int({ error: `expected ${what} ids (whole numbers)` }).positive()).optional();

/** A short text per language; a language may be missing (the note then shows in the other). */
const localNoteSchema = z.partialRecord(
  z.enum(locales),
  z.string().trim().min(1, { error: 'a note cannot be blank' }),
);

/**
 * Which organisations of Bruxelles Social a portal's directory shows, and what the portal says
 * about them. An organisation is shown when any rule selects it; no rule shows nothing, never
 * the whole directory (4,000 pages). The site configuration provides it today, the CMS later:
 * both go through this schema, the single contract between them.
 */
export const directoryCurationSchema = z.object({
  /** `/rest/search/category` ids, e.g. 273 "home care for seriously ill children". */
  categoryIds: ids('category'),
  /** `/rest/sectors` ids; they select only once records carry their sectors. */
  sectorIds: ids('sector'),
  /** `/rest/agreements` ids; they select only once records carry their agreements. */
  agreementIds: ids('agreement'),
  /** Organisations shown whatever their categories, e.g. 13219. */
  organisationIds: ids('organisation'),
  /** The portal's own words about an organisation, shown on its page ("association partenaire"). */
  notes: z
    .array(
      z.object({
        organisationId: z.int({ error: 'expected the id of an organisation' }).positive(),
        text: localNoteSchema,
      }),
    )
    .optional(),
});

export type DirectoryCuration = z.infer<typeof directoryCurationSchema>;
export type LocalNote = z.infer<typeof localNoteSchema>;

/** Validates a curation from outside (site config, CMS) with a message naming each bad field. */
export function parseDirectoryCuration(value: unknown): DirectoryCuration {
  const parsed = directoryCurationSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(`Invalid directory curation:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
