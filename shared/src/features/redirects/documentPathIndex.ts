import type { Locale } from '@portals/content-models';
import type { SiteRoute } from '../../kit/contract.ts';
import type { SiteRedirect } from './siteRedirectSchema.ts';

/** A document a redirect may point to. */
export type RedirectTarget = NonNullable<SiteRedirect['toDocument']>;

interface Shown {
  target: RedirectTarget;
  /** The anchor of the document on a list page (`faq-12`). */
  fragment?: string;
}

/**
 * The documents a route shows, each kind by what its feature puts on the route: the route
 * table is the one place a document's URL is known, so a redirect follows its renames.
 */
function documentsOn(route: SiteRoute): Shown[] {
  switch (route.kind) {
    case 'article':
    case 'articleFallback':
      return [{ target: { collection: 'articles', id: route.article.id } }];
    case 'section':
      return [{ target: { collection: 'sections', id: route.section.id } }];
    case 'hospital':
      return [{ target: { collection: 'hospitals', id: route.hospital.id } }];
    case 'mutuality':
      return [{ target: { collection: 'mutualities', id: route.mutuality.id } }];
    case 'agendaItem':
      return [{ target: { collection: 'agenda', id: route.item.id } }];
    case 'journey':
      return [{ target: { collection: 'journeys', id: route.journey.id } }];
    case 'faq':
      return route.groups.flatMap((group) =>
        group.items.map((item) => ({
          target: { collection: 'faq' as const, id: item.id },
          fragment: item.anchor,
        })),
      );
    case 'projectList':
      return route.projects.map((project) => ({
        target: { collection: 'projects' as const, id: project.id },
      }));
    case 'toolList':
      return route.tools.map((tool) => ({ target: { collection: 'tools' as const, id: tool.id } }));
    default:
      return [];
  }
}

const keyOf = (target: RedirectTarget, locale: Locale) =>
  `${target.collection}:${target.id}:${locale}`;

/**
 * Where each document lives in each language, from the route table. `pathOf` answers the
 * redirect's language first, then any other language the document has a page in (a French
 * page beats a dead end), and null when the portal shows it nowhere.
 */
export function documentPathIndex(routes: readonly SiteRoute[], locales: readonly Locale[]) {
  const paths = new Map<string, string>();
  for (const route of routes) {
    if (route.file) continue;
    for (const { target, fragment } of documentsOn(route)) {
      const key = keyOf(target, route.locale);
      if (!paths.has(key)) paths.set(key, fragment ? `${route.path}#${fragment}` : route.path);
    }
  }
  return {
    pathOf(target: RedirectTarget, locale: Locale): string | null {
      for (const candidate of [locale, ...locales.filter((other) => other !== locale)]) {
        const path = paths.get(keyOf(target, candidate));
        if (path) return path;
      }
      return null;
    },
  };
}
