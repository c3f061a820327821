import {
  isPreviewableCollection,
  previewPagePath,
  previewTokenParam,
  type Locale,
} from '@portals/content-models';
import { z } from 'zod';
import type { SiteConfig } from '../site/defineSiteConfig.ts';
import type { PageLink } from '../site/pageLinks.ts';
import { defaultPreviewMappings } from './articlePreview.ts';
import { fetchPreviewDraft, type PreviewProblem } from './fetchPreviewDraft.ts';
import type { PreviewableRoute, PreviewMappings, PreviewRouteContext } from './previewMapping.ts';
import type { PreviewRoute } from './previewRoute.ts';

export interface PreviewRequest<Route extends PreviewableRoute = PreviewRoute> {
  site: SiteConfig;
  /** The page's route parameters: `/[locale]/preview/[collection]/[id]/`. */
  params: { locale?: string | undefined; collection?: string | undefined; id?: string | undefined };
  /** The link's token, as received. */
  token: string | null;
  /** Base URL of the CMS that signed the link. */
  cmsUrl: string;
  /**
   * How each collection's draft becomes a route; a collection without one answers 404.
   * @default articles only (`defaultPreviewMappings`)
   */
  mappings?: PreviewMappings<Route>;
  /** Injected in tests. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

export type PreviewView<Route extends PreviewableRoute = PreviewRoute> =
  | {
      ok: true;
      status: 200;
      statusText: 'OK';
      locale: Locale;
      route: Route;
      draft: boolean;
      expiresAt: Date;
    }
  | {
      ok: false;
      status: number;
      statusText: string;
      locale: Locale;
      problem: PreviewProblem;
      /** For the server log; never shown on the page. */
      detail: string;
      /** The draft in the languages it does have, when it lacks this one. */
      otherLanguages: PageLink[];
    };

const statuses: Record<PreviewProblem, { status: number; statusText: string }> = {
  invalid: { status: 403, statusText: 'Forbidden' },
  expired: { status: 410, statusText: 'Gone' },
  'not-found': { status: 404, statusText: 'Not Found' },
  untranslated: { status: 404, statusText: 'Not Found' },
  unavailable: { status: 502, statusText: 'Bad Gateway' },
};

/**
 * Everything a preview page shows, from its URL: the draft mapped by its collection's mapping
 * (the site loader's own) and placed on the route the next build would give it, or the reason
 * there is nothing to show, in the page's language.
 */
export async function loadPreview<Route extends PreviewableRoute = PreviewRoute>(
  request: PreviewRequest<Route>,
): Promise<PreviewView<Route>> {
  const { site, params, token } = request;
  // Without mappings the page previews articles, whose routes are `PreviewRoute`s.
  const mappings =
    request.mappings ?? (defaultPreviewMappings as unknown as PreviewMappings<Route>);
  const locales = site.portal.locales;
  const locale = locales.find((candidate) => candidate === params.locale);
  const fail = (problem: PreviewProblem, detail: string, otherLanguages: PageLink[] = []) => ({
    ok: false as const,
    ...statuses[problem],
    locale: locale ?? locales[0] ?? 'fr',
    problem,
    detail,
    otherLanguages,
  });
  const { collection, id } = params;
  const mapping = isPreviewableCollection(collection) ? mappings[collection] : undefined;
  if (!locale || !isPreviewableCollection(collection) || !mapping || !id) {
    return fail('not-found', `no preview at ${params.locale}/${collection}/${id}`);
  }
  const draft = await fetchPreviewDraft({ ...request, collection, id });
  if (!draft.ok) return fail(draft.problem, draft.detail);
  const parsed = mapping.docSchema.safeParse(draft.doc);
  if (!parsed.success) {
    const problems = z.prettifyError(parsed.error);
    return fail('unavailable', `${collection} ${id}: unreadable draft\n${problems}`);
  }
  const withToken = (path: string) =>
    `${path}?${new URLSearchParams({ [previewTokenParam]: token ?? '' }).toString()}`;
  const context: PreviewRouteContext = {
    locales,
    cmsUrl: request.cmsUrl,
    links: {
      path: (l: Locale) => previewPagePath(l, collection, id),
      href: (l: Locale) => withToken(previewPagePath(l, collection, id)),
    },
  };
  const route = mapping.route(parsed.data, locale, context);
  if (!route) {
    const existing = locales.filter((l) => mapping.route(parsed.data, l, context));
    const otherLanguages = existing.map((l) => ({ locale: l, path: context.links.href(l) }));
    return fail('untranslated', `${collection} ${id} has no page in ${locale}`, otherLanguages);
  }
  return {
    ok: true,
    status: 200,
    statusText: 'OK',
    locale,
    route,
    draft: draft.doc._status === 'draft',
    expiresAt: draft.expiresAt,
  };
}
