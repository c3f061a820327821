import {
  isPreviewableCollection,
  previewPagePath,
  previewTokenParam,
  type Locale,
} from '@portals/content-models';
import { toSiteArticle } from '@portals/shared/cms';
import type { SiteConfig } from '../site/defineSiteConfig.ts';
import type { PageLink } from '../site/pageLinks.ts';
import { fetchPreviewDraft, type PreviewProblem } from './fetchPreviewDraft.ts';
import { previewRoute, type PreviewRoute } from './previewRoute.ts';

export interface PreviewRequest {
  site: SiteConfig;
  /** The page's route parameters: `/[locale]/preview/[collection]/[id]/`. */
  params: { locale?: string | undefined; collection?: string | undefined; id?: string | undefined };
  /** The link's token, as received. */
  token: string | null;
  /** Base URL of the CMS that signed the link. */
  cmsUrl: string;
  /** Injected in tests. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

export type PreviewView =
  | {
      ok: true;
      status: 200;
      statusText: 'OK';
      locale: Locale;
      route: PreviewRoute;
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
 * Everything a preview page shows, from its URL: the draft mapped exactly as the site loader
 * maps published articles and placed on the route the next build would give it, or the
 * reason there is nothing to show, in the page's language.
 */
export async function loadPreview(request: PreviewRequest): Promise<PreviewView> {
  const { site, params, token } = request;
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
  if (!locale || !isPreviewableCollection(collection) || !id) {
    return fail('not-found', `no preview at ${params.locale}/${collection}/${id}`);
  }
  const draft = await fetchPreviewDraft({ ...request, collection, id });
  if (!draft.ok) return fail(draft.problem, draft.detail);
  // Links to other articles stay placeholders: the page resolves them against the live
  // release's published articles, as it does for every article.
  const article = toSiteArticle(draft.doc, { cmsUrl: request.cmsUrl });
  const withToken = (path: string) =>
    `${path}?${new URLSearchParams({ [previewTokenParam]: token ?? '' }).toString()}`;
  const links = {
    path: (l: Locale) => previewPagePath(l, collection, id),
    href: (l: Locale) => withToken(previewPagePath(l, collection, id)),
  };
  const route = article && previewRoute(article, locale, locales, links);
  if (!article || !route) {
    const existing = locales.filter((l) => article && previewRoute(article, l, locales, links));
    const otherLanguages = existing.map((l) => ({ locale: l, path: links.href(l) }));
    return fail('untranslated', `${collection} ${id} has no ${locale} title`, otherLanguages);
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
