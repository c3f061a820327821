import type { Locale } from '@portals/content-models';
import type { SiteRoute } from '@portals/shared/kit';
import type { SiteRedirect } from '@portals/shared/features/redirects/siteRedirectSchema.ts';

/** A page of the route table showing one document, with only what the redirects read. */
export function pageOf(
  kind: 'article' | 'hospital' | 'home' | 'section',
  locale: Locale,
  path: string,
  id = '1',
): SiteRoute {
  const documentKey = { article: 'article', hospital: 'hospital', section: 'section', home: '' }[
    kind
  ];
  return {
    kind,
    locale,
    path,
    canonicalPath: path,
    indexable: true,
    alternates: [],
    languageSwitch: [],
    ...(documentKey ? { [documentKey]: { id } } : {}),
  } as unknown as SiteRoute;
}

/** A redirect record as the kind maps it, 301 and language-less unless said otherwise. */
export function redirect(
  fields: Partial<SiteRedirect> & { id: string; from: string },
): SiteRedirect {
  return {
    updatedAt: '2026-01-01T00:00:00.000Z',
    toPath: null,
    toDocument: null,
    status: 301,
    locale: null,
    ...fields,
  };
}
