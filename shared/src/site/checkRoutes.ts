import type { SiteRoute } from './buildRoutes.ts';
import { reservedSegments } from './paths.ts';

function describe(route: SiteRoute): string {
  switch (route.kind) {
    case 'article':
    case 'articleFallback':
      return `article ${route.article.id}${route.kind === 'articleFallback' ? ' (fallback page)' : ''}`;
    case 'section':
      return `section ${route.section.id}`;
    case 'organisation':
      return `organisation ${route.entry.organisation.id} of the directory`;
    default:
      return `the ${route.kind} page`;
  }
}

/**
 * Fails the build when two pages would share a URL, or when a section slug takes a segment
 * other pages need (`/fr/articles/`, `/nl/zoeken/`): otherwise one page would silently win.
 */
export function checkRoutes(routes: readonly SiteRoute[]): void {
  const byPath = new Map<string, SiteRoute>();
  for (const route of routes) {
    if (route.kind === 'section') {
      const first = route.path.split('/')[2] ?? '';
      if (reservedSegments(route.locale).includes(first)) {
        throw new Error(
          `Section ${route.section.id} uses the slug "${first}" in ${route.locale}, which is reserved ` +
            `(${reservedSegments(route.locale).join(', ')}). Change its slug in the CMS.`,
        );
      }
    }
    const other = byPath.get(route.path);
    if (other) {
      throw new Error(
        `Two pages want the URL ${route.path}: ${describe(other)} and ${describe(route)}. ` +
          'Change the slug of one of them in the CMS.',
      );
    }
    byPath.set(route.path, route);
  }
}
