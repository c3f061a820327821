import { z } from 'zod';
import { locales } from '@portals/content-models';
import { docIdSchema, localized } from '@portals/shared/cms';

const localeSchema = z.enum(locales);

/** A polymorphic relationship read at depth 0: the target's collection and id. */
const targetDocSchema = z.object(
  { relationTo: z.string({ error: 'expected a collection slug' }), value: docIdSchema },
  { error: 'expected a link as { relationTo, value }' },
);

/** The portal record's `home` group, as `/api/portals?locale=all` returns it. */
export const portalHomeDocSchema = z.object({
  id: docIdSchema,
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
  home: z
    .object({
      announcement: z
        .object({
          title: localized(z.string()),
          text: localized(z.string()),
          link: targetDocSchema.nullish(),
          until: z.iso.datetime({ offset: true, error: 'expected an ISO end date' }).nullish(),
        })
        .nullish(),
      featured: z.array(targetDocSchema).nullish(),
    })
    .nullish(),
});

export type PortalHomeDoc = z.infer<typeof portalHomeDocSchema>;

/** A document the home page links to: its collection and id. */
export const homeTargetSchema = z.object({ collection: z.string(), id: z.string() });

export type HomeTarget = z.infer<typeof homeTargetSchema>;

/** What the home page reads from the portal record. */
export const sitePortalHomeSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  announcement: z
    .object({
      /** Per language; a language without a title shows no announcement. */
      title: z.partialRecord(localeSchema, z.string()),
      text: z.partialRecord(localeSchema, z.string()),
      link: homeTargetSchema.nullable(),
      /** ISO instant after which it is no longer shown; null: no end. */
      until: z.string().nullable(),
    })
    .nullable(),
  featured: z.array(homeTargetSchema),
});

export type SitePortalHome = z.infer<typeof sitePortalHomeSchema>;
