import { hospitalSections } from './collections/Hospitals.ts';
import { mutualityTopics } from './collections/Mutualities.ts';
import type { Config } from './payload-types.ts';

type Collections = Config['collections'];

/**
 * The fields the sites request (`select[…]=true`) per collection: what a portal renders and
 * nothing of the editorial workflow. The site loader, the preview endpoint and anything else
 * that reads a document for a portal take their list here, so a renamed CMS field fails
 * type-checking once, here, against the generated types. `updatedAt` drives incremental sync;
 * `_status` lets the loader re-check that a document is published (payload#14750).
 */
export const siteFields = {
  articles: [
    'title',
    'slug',
    'summary',
    'body',
    'kind',
    'portals',
    'sections',
    // The editors' order of the articles in their sections (the sections' orderable join).
    '_articles_articles_order',
    'directoryCategories',
    // The share image (`seo.image`), shown as the article's cover; the group comes whole.
    'seo',
    'publishedAt',
    'updatedAt',
    'isDemo',
    '_status',
  ],
  sections: ['title', 'slug', 'description', 'portal', 'parent', 'order', 'updatedAt'],
  hospitals: [
    'name',
    'slug',
    'network',
    'address',
    'phone',
    'email',
    'website',
    'coordinates',
    ...(Object.keys(hospitalSections) as (keyof typeof hospitalSections)[]),
    'portals',
    'isDemo',
    'updatedAt',
    '_status',
  ],
  mutualities: [
    'name',
    'slug',
    'union',
    'openingHours',
    'address',
    'phone',
    'email',
    'website',
    'coordinates',
    ...(Object.keys(mutualityTopics) as (keyof typeof mutualityTopics)[]),
    'portals',
    'isDemo',
    'updatedAt',
    '_status',
  ],
  agenda: [
    'title',
    'slug',
    'kind',
    'description',
    'startsAt',
    'startsAt_tz',
    'endsAt',
    'endsAt_tz',
    'allDay',
    'cancelled',
    'cancellationNote',
    'place',
    'onlineUrl',
    'organiser',
    'audiences',
    'registrationUrl',
    'price',
    'themes',
    'portals',
    'isDemo',
    'updatedAt',
    '_status',
  ],
  faq: [
    'question',
    'answer',
    'answeredBy',
    'answeredAt',
    'themes',
    'portals',
    'isDemo',
    'updatedAt',
    '_status',
  ],
  documents: [
    'title',
    'summary',
    'kind',
    'publisher',
    'themes',
    'portals',
    'isDemo',
    'url',
    'filename',
    'mimeType',
    'filesize',
    'updatedAt',
  ],
  // seul avec enfant's projects and tools, each listed on a page of its own (issue #11).
  projects: [
    'title',
    'slug',
    'summary',
    'promoter',
    'area',
    'website',
    'themes',
    'portals',
    'isDemo',
    'updatedAt',
    '_status',
  ],
  tools: [
    'title',
    'slug',
    'description',
    'kind',
    'url',
    'provider',
    'themes',
    'portals',
    'isDemo',
    'updatedAt',
    '_status',
  ],
  journeys: [
    'title',
    'slug',
    'summary',
    'order',
    'steps',
    'portals',
    'isDemo',
    'updatedAt',
    '_status',
  ],
  themes: ['title', 'slug', 'description', 'portals', 'updatedAt'],
  media: [
    'alt',
    'url',
    'filename',
    'mimeType',
    'filesize',
    'width',
    'height',
    'sizes',
    'updatedAt',
  ],
  midwives: [
    'name',
    'languages',
    'communes',
    'specialities',
    'contact',
    'availability',
    'portals',
    'isDemo',
    'updatedAt',
    '_status',
  ],
  // Sent newsletters, the portals' archive (issue #12); the news and events come populated.
  'newsletter-editions': [
    'title',
    'period',
    'editorWord',
    'news',
    'events',
    'portal',
    'locale',
    'state',
    'sentAt',
    'isDemo',
    'updatedAt',
  ],
} as const satisfies { [C in keyof Collections]?: readonly (keyof Collections[C])[] };

/** A collection the sites read. */
export type SiteCollection = keyof typeof siteFields;

/**
 * Array fields the sites select sub-field by sub-field (`select[steps][articles]=true`):
 * Payload 3.90 on SQLite returns the relationships inside an array empty when the array is
 * selected whole with `locale=all` (journeys' steps; `tests/int/journeys.int.test.ts`).
 */
export const siteArrayFields = {
  journeys: { steps: ['title', 'body', 'articles', 'organisations'] },
} as const satisfies { [C in SiteCollection]?: Record<string, readonly string[]> };

/**
 * The select paths of a collection: its site fields, with the array fields above spelled out
 * as `steps.title`, `steps.body`… (the sites' `selectFields` nests them).
 */
export function siteSelectPaths(collection: SiteCollection): string[] {
  const arrays: Record<string, readonly string[]> =
    (siteArrayFields as Partial<Record<SiteCollection, Record<string, readonly string[]>>>)[
      collection
    ] ?? {};
  return siteFields[collection].flatMap((field: string) =>
    arrays[field] ? arrays[field].map((sub) => `${field}.${sub}`) : [field],
  );
}

/** The fields the sites read of collection `C`, as a union of names. */
export type SiteField<C extends SiteCollection> = (typeof siteFields)[C][number];

/** `{ title: true, slug: true, … }`: the `select` of a Local API or REST read. */
export function siteSelect<C extends SiteCollection>(collection: C): Record<SiteField<C>, true> {
  return Object.fromEntries(siteFields[collection].map((field) => [field, true])) as Record<
    SiteField<C>,
    true
  >;
}
