import type { Locale, PreviewableCollection } from '@portals/content-models';
import type { z } from 'zod';
import type { PageLink } from '../site/pageLinks.ts';

/** What a preview page needs of a route: those of the route table have it all. */
export interface PreviewableRoute {
  locale: Locale;
  path: string;
  canonicalPath: string;
  indexable: boolean;
  alternates: PageLink[];
  languageSwitch: PageLink[];
}

export interface PreviewLinks {
  /** The preview page's own path, without its token: canonical and current path. */
  path: (locale: Locale) => string;
  /** The same preview in another language, token included, for the language switch. */
  href: (locale: Locale) => string;
}

export interface PreviewRouteContext {
  /** The portal's languages. */
  locales: readonly Locale[];
  links: PreviewLinks;
  /** The CMS base URL, as a content kind's `toEntry` needs it (absolute media URLs). */
  cmsUrl: string;
}

/**
 * How a portal previews one collection: the draft, as the CMS preview endpoint returns it
 * (every locale), validated with the site loader's own schema, then placed on the route the
 * next build would give it. A portal supplies one per collection it has pages for.
 */
export interface PreviewMapping<Doc = unknown, Route extends PreviewableRoute = PreviewableRoute> {
  /** Validates the draft; the loader's document schema, so a draft maps as a published one. */
  docSchema: z.ZodType<Doc>;
  /**
   * The route of the draft in `locale`, reshaped with `previewRouteOf`; null when the draft has
   * no page in that language (the page then links to the languages it has).
   */
  route(doc: Doc, locale: Locale, context: PreviewRouteContext): Route | null;
}

/** The mappings a preview page knows, by collection; a collection without one answers 404. */
export type PreviewMappings<Route extends PreviewableRoute = PreviewableRoute> = {
  // `any`: each collection has its own document type, checked where its mapping is written.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [C in PreviewableCollection]?: PreviewMapping<any, Route>;
};

/**
 * A live route reshaped for a preview: its path is the preview page's own, never indexable,
 * no hreflang alternates, and a language switch that stays inside the preview (only to the
 * languages where `hasPage`).
 */
export function previewRouteOf<Route extends PreviewableRoute>(
  route: Route,
  { locales, links }: Pick<PreviewRouteContext, 'locales' | 'links'>,
  hasPage: (locale: Locale) => boolean,
): Route {
  const languageSwitch: PageLink[] = locales
    .filter((other) => other !== route.locale && hasPage(other))
    .map((other) => ({ locale: other, path: links.href(other) }));
  return {
    ...route,
    path: links.path(route.locale),
    canonicalPath: links.path(route.locale),
    indexable: false,
    alternates: [],
    languageSwitch,
  };
}
