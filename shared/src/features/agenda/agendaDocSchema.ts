import { siteFields } from '@portals/content-models';
import type { AgendaItem } from '@portals/content-models/payload-types';
import { agendaAudiences, agendaKinds, agendaTimezone } from '@portals/content-models/collections';
import { z } from 'zod';
import { docIdSchema, localized, relationIdSchema } from '@portals/shared/cms';

const text = z.string({ error: 'expected text' });
const isoDate = z.iso.datetime({ offset: true, error: 'expected an ISO date' });
const optionalFlag = z
  .boolean()
  .nullish()
  .transform((value) => value === true);
// The agenda is entered and shown in Brussels time only (`agendaTimezone`): another zone would
// make the pages and the calendar disagree, so it is refused rather than shown wrongly.
// Links end up in `href`s: anything but http(s) (`javascript:`…) is refused, not rendered.
const webAddress = z.url({
  protocol: /^https?$/,
  error: 'expected an address starting with https://',
});
const brusselsZone = z
  .literal(agendaTimezone, { error: `expected the time zone ${agendaTimezone}` })
  .nullish();

/** A Lexical editor state; its inner nodes are left to the renderers. */
const lexicalSchema = z.looseObject({
  root: z.looseObject(
    { children: z.array(z.unknown()) },
    { error: 'expected a Lexical "root" node' },
  ),
});

/** One agenda item as `/api/agenda?locale=all` returns the fields of `agendaFields`. */
export const agendaDocSchema = z.object({
  id: docIdSchema,
  title: localized(text),
  slug: localized(text),
  description: localized(lexicalSchema),
  kind: z.enum(agendaKinds, { error: `expected a kind among ${agendaKinds.join(', ')}` }),
  audiences: z
    .array(
      z.enum(agendaAudiences, {
        error: `expected audiences among ${agendaAudiences.join(', ')}`,
      }),
    )
    .nullish()
    .transform((value) => value ?? []),
  startsAt: isoDate,
  startsAt_tz: brusselsZone,
  endsAt: isoDate.nullish(),
  endsAt_tz: brusselsZone,
  allDay: optionalFlag,
  cancelled: optionalFlag,
  cancellationNote: localized(text),
  place: localized(text),
  onlineUrl: webAddress.nullish(),
  organiser: text.nullish(),
  registrationUrl: webAddress.nullish(),
  price: localized(text),
  themes: z
    .array(relationIdSchema)
    .nullish()
    .transform((value) => value ?? []),
  portals: z
    .array(z.string())
    .nullish()
    .transform((value) => value ?? []),
  updatedAt: isoDate,
  isDemo: optionalFlag,
  // Required: without it the published re-check could not be made (payload#14750).
  _status: z.enum(['published', 'draft'], {
    error: 'expected _status "published" or "draft"; are drafts enabled and _status selected?',
  }),
});

export type AgendaDoc = z.infer<typeof agendaDocSchema>;

/**
 * The projection requested with `select[…]=true`. Checked against the generated `AgendaItem`
 * type, so a renamed CMS field fails type-checking here.
 */
export const agendaFields = siteFields.agenda satisfies readonly (keyof AgendaDoc &
  keyof AgendaItem)[];
