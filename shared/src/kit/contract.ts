/**
 * The portal kit's contract (issue #9), written first so that the kit and the content kinds
 * could be built side by side. A content kind is one descriptor (`ContentKind`: how a CMS
 * collection is read and mapped) plus a feature (`PortalFeature`: the routes it adds to the
 * route table and the views that render them). Nothing here lists the kinds: each one
 * registers itself by augmenting `KitCollections` and `RouteKinds` (declaration merging), so
 * adding a kind never edits a closed union.
 *
 * Where things go: `src/features/<name>/<name>Kind.ts` (the descriptor; the loader's code
 * digest covers files named so), `feature.ts` (the feature, pure TypeScript) and `views.ts`
 * (`export const views = { <routeKind>: AstroComponent }`, props `site`, `data`, `route`; and
 * `files = { <routeKind>: render }` for routes with `file`), which the kit's pages find by
 * `import.meta.glob`. A site lists its features in `SiteConfig.features`.
 */
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import type { CollectionSlug, Locale } from '@portals/content-models';
import type { QueryValue } from '@portals/shared/cms';
import type { UiOverrides } from '../i18n/index.ts';
import type { PageLink } from '../site/pageLinks.ts';

/** What every synced entry carries: the id and `updatedAt` of the CMS document it mirrors. */
export type KitEntry = Record<string, unknown> & { id: string; updatedAt: string };

/** Where a collection's documents come from, as the generic CMS loader reads them. */
export interface ContentKind<
  Doc extends { id: string } = { id: string },
  Entry extends KitEntry = KitEntry,
> {
  /** The Astro content collection's name and the key of `PortalData.entries`, e.g. `hospitals`. */
  name: string;
  /** The CMS collection read through `/api/<collection>`. */
  collection: CollectionSlug;
  /** The fields requested with `select` (besides `id`); checked against the generated types where declared. */
  fields: readonly string[];
  /** Read depth: 0 unless relations (images, documents) must come inline. @default 0 */
  depth?: number;
  /** The collection has drafts: the published filter and re-check apply (payload#14750). @default true */
  drafts?: boolean;
  /**
   * Only the portal's documents are read: `true` for a many-valued `portals` field
   * (`portals in <portal>`), or the field and operator of another one (sections: `portal equals`).
   * @default true
   */
  byPortal?: boolean | { field: string; operator?: 'in' | 'equals' };
  /** Extra REST query parameters of every read, e.g. `{ joins: false }`. */
  query?: Readonly<Record<string, QueryValue>>;
  /** Documents per request for a full read. @default 100 */
  perRequest?: number;
  /** One document, in build-log lines ("article 3 came back…"). @default `name` without its final s */
  singular?: string;
  /** Validates one CMS document as requested (`locale=all`), with readable messages. */
  docSchema: z.ZodType<Doc>;
  /** The content-layer schema of one entry: what pages read. */
  entrySchema: z.ZodType<Entry>;
  /**
   * Maps a validated document to its entry, or null when it exists in no language. Must
   * depend on the document alone (the loader re-reads only changed documents).
   */
  toEntry(doc: Doc, context: ToEntryContext): Entry | null;
  /** Runs once per sync with every entry held, for build-log notes across entries. */
  afterSync?(entries: readonly Entry[], logger: KitLogger): void;
}

/** The part of Astro's integration logger the kit uses; tests pass a stub. */
export interface KitLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface ToEntryContext {
  /** The CMS base URL (to make media URLs absolute). */
  cmsUrl: string;
  /** Notes about content left out, for the build log. */
  onWarning: (message: string) => void;
}

/**
 * The collections a build can hold, by name: each kind adds itself with
 * `declare module '@portals/shared/kit' { interface KitCollections { hospitals: SiteHospital } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface KitCollections {}

/** The entries of every collection, empty for those the portal does not load. */
export type KitEntries = { [K in keyof KitCollections]: KitCollections[K][] };

/** What every route carries, whatever its kind. */
export interface RouteBase {
  locale: Locale;
  /** `/fr/hopitaux/saint-pierre/`: always starts and ends with a slash. */
  path: string;
  /** Listed in the sitemap and open to search engines; false means `noindex`. */
  indexable: boolean;
  canonicalPath: string;
  /** hreflang alternates: this page in every language where it exists, itself included. */
  alternates: PageLink[];
  /** Where the language switch leads, for every other portal language. */
  languageSwitch: PageLink[];
  /** Non-HTML output (`.ics`, RSS): its file name ends the path instead of a slash. */
  file?: { contentType: string };
  /** hreflang="x-default" target, when not the French page (the home pages: the chooser `/`). */
  xDefault?: string;
  /** ISO date of the last change, for the sitemap, when known. */
  lastModified?: string;
}

/**
 * Route kinds and what each carries besides `RouteBase`, by kind name: each feature adds
 * its own with `declare module '@portals/shared/kit' { interface RouteKinds { hospital: { hospital: SiteHospital } } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RouteKinds {}

/** Every page (or file) a portal build generates. */
export type SiteRoute = {
  [K in keyof RouteKinds]: RouteBase & { kind: K } & RouteKinds[K];
}[keyof RouteKinds];

export type RouteOf<K extends keyof RouteKinds> = Extract<SiteRoute, { kind: K }>;

/**
 * What a feature's `routes` receives: the build's entries and the portal's languages. A
 * collection the portal does not load reads as an empty list.
 */
export interface RouteContext {
  locales: readonly Locale[];
  entries: KitEntries;
}

/** A link in the main menu (after the sections) and on the home page, contributed by a feature. */
export interface EntryPoint {
  /** The title on the home page, and in the menu unless `menuTitle` says otherwise. */
  title: string;
  /** A shorter label for the main menu. @default title */
  menuTitle?: string;
  href: string;
  description?: string;
}

/** What a feature's own loaders receive (see `PortalFeature.loaders`). */
export interface KitLoaderOptions {
  portal: string;
  cmsUrl: string;
  /** Read nothing (`astro check`); see `cmsLoader`. */
  typesOnly: boolean;
}

/**
 * A content kind as the sites show it: what it loads, the URL segments it takes, the routes it
 * adds and, per route kind, the view that renders them (`views.ts` beside it, found by the kit).
 */
export interface PortalFeature {
  /** Unique name, e.g. `agenda`. */
  name: string;
  /** The CMS collections it loads (a feature may also read those of others, e.g. `articles`). */
  kinds?: readonly ContentKind[];
  /** First URL segments it takes in a locale (`/fr/agenda/`): no section slug may use them. */
  segments?(locale: Locale): string[];
  /** Its routes in one locale. */
  routes?(context: RouteContext, locale: Locale): SiteRoute[];
  /**
   * Routes that depend on every other feature's, added once after them (the redirects' rules
   * and fallback pages at old paths no page takes); `warn` writes to the build log.
   */
  derivedRoutes?(
    table: readonly SiteRoute[],
    context: RouteContext,
    warn: (message: string) => void,
  ): SiteRoute[];
  /** Entries in the main menu after the sections, and on the home page. */
  entryPoints?(context: RouteContext, locale: Locale, ui: UiOverrides): EntryPoint[];
  /** Names the document behind a route, for build errors ("hospital 12"). */
  describe?(route: SiteRoute): string | undefined;
  /**
   * Content collections it fills with loaders of its own rather than a CMS kind (the
   * directory's open data): collection name → loader. Their entries reach `entries` too.
   */
  loaders?: Readonly<Record<string, (options: KitLoaderOptions) => Loader>>;
}
