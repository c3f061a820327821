import { previewSegment, type Locale } from '@portals/content-models';
import type { PortalFeature, SiteRoute } from '../kit/contract.ts';

/** First segments taken by the kit itself: the 404 pages, the preview, Pagefind and assets. */
const kitSegments = [previewSegment, '404', 'pagefind', '_astro'];

/** First segments no top-level section slug may take, since the features' pages use them. */
export function reservedSegments(features: readonly PortalFeature[], locale: Locale): string[] {
  return [...features.flatMap((feature) => feature.segments?.(locale) ?? []), ...kitSegments];
}

function describe(route: SiteRoute, features: readonly PortalFeature[]): string {
  for (const feature of features) {
    const name = feature.describe?.(route);
    if (name) return name;
  }
  return `the ${route.kind} page`;
}

/**
 * Fails the build when two pages would share a URL, or when a section slug takes a segment
 * other pages need (`/fr/articles/`, `/nl/zoeken/`): otherwise one page would silently win.
 */
export function checkRoutes(
  routes: readonly SiteRoute[],
  features: readonly PortalFeature[],
): void {
  const byPath = new Map<string, SiteRoute>();
  const reserved = new Map<Locale, string[]>();
  for (const route of routes) {
    if (route.kind === 'section') {
      const first = route.path.split('/')[2] ?? '';
      const segments = reserved.get(route.locale) ?? reservedSegments(features, route.locale);
      reserved.set(route.locale, segments);
      if (segments.includes(first)) {
        throw new Error(
          `Section ${route.section.id} uses the slug "${first}" in ${route.locale}, which is reserved ` +
            `(${segments.join(', ')}). Change its slug in the CMS.`,
        );
      }
    }
    const other = byPath.get(route.path);
    if (other) {
      throw new Error(
        `Two pages want the URL ${route.path}: ${describe(other, features)} and ${describe(route, features)}. ` +
          'Change the slug of one of them in the CMS.',
      );
    }
    byPath.set(route.path, route);
  }
}
