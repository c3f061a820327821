import type { NewsletterEdition } from '@portals/content-models/payload-types';
import { collectionSlugs, locales, siteFields } from '@portals/content-models';
import { z } from 'zod';
import { docIdSchema, localized, textIn } from '@portals/shared/cms';
import type { ContentKind } from '../../kit/contract.ts';

const localeSchema = z.enum(locales);
const text = localized(z.string());

/** A news item or event as it arrives populated in an edition (an id alone when not public). */
const itemDocSchema = z.union([
  z.object({
    id: docIdSchema,
    title: text,
    slug: text,
    summary: text.optional(),
    startsAt: z.string().nullish(),
  }),
  docIdSchema.transform(() => null),
]);

/** An edition as `/api/newsletter-editions?locale=all&depth=1` sends it (sent ones only). */
export const editionDocSchema = z.object({
  id: docIdSchema,
  title: z.string({ error: 'expected the title as text' }),
  period: z.string().regex(/^\d{4}-\d{2}$/, { error: 'expected the period as YYYY-MM' }),
  editorWord: z.string().nullish(),
  news: z.array(itemDocSchema).nullish(),
  events: z.array(itemDocSchema).nullish(),
  locale: localeSchema,
  state: z.string(),
  sentAt: z.string().nullish(),
  isDemo: z.boolean().nullish(),
  updatedAt: z.iso.datetime({ offset: true, error: 'expected an ISO date' }),
});

const siteItemSchema = z.object({
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  startsAt: z.string().nullable(),
});

/** A sent edition as the archive shows it, in its one language. */
export const siteEditionSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  isDemo: z.boolean(),
  locale: localeSchema,
  title: z.string(),
  period: z.string(),
  editorWord: z.string(),
  sentAt: z.string().nullable(),
  news: z.array(siteItemSchema),
  events: z.array(siteItemSchema),
});

export type EditionDoc = z.output<typeof editionDocSchema>;
export type SiteEdition = z.infer<typeof siteEditionSchema>;
type SiteItem = z.infer<typeof siteItemSchema>;

/** The items that exist in the edition's language (their page can be linked). */
function itemsIn(items: EditionDoc['news'], locale: EditionDoc['locale']): SiteItem[] {
  return (items ?? []).flatMap((item) => {
    const slug = item ? textIn(item.slug, locale) : '';
    if (!item || !slug) return [];
    return [
      {
        title: textIn(item.title, locale),
        slug,
        summary: item.summary ? textIn(item.summary, locale) : '',
        startsAt: item.startsAt ?? null,
      },
    ];
  });
}

/** Newsletter editions already sent (`newsletter-editions`, one portal and language each). */
export const newsletterEditionKind: ContentKind<EditionDoc, SiteEdition> = {
  name: 'newsletterEditions',
  collection: collectionSlugs.newsletterEditions,
  fields: siteFields['newsletter-editions'] satisfies readonly (keyof NewsletterEdition)[],
  depth: 1,
  drafts: false,
  byPortal: { field: 'portal', operator: 'equals' },
  singular: 'newsletter edition',
  docSchema: editionDocSchema,
  entrySchema: siteEditionSchema,
  toEntry(doc) {
    // The public API gives sent editions only; a preview token or a staff session would not.
    if (doc.state !== 'sent') return null;
    return {
      id: doc.id,
      updatedAt: doc.updatedAt,
      isDemo: doc.isDemo === true,
      locale: doc.locale,
      title: doc.title,
      period: doc.period,
      editorWord: doc.editorWord ?? '',
      sentAt: doc.sentAt ?? null,
      news: itemsIn(doc.news, doc.locale),
      events: itemsIn(doc.events, doc.locale),
    };
  },
};
