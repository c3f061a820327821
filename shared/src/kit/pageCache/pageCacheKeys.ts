import type { PortalData } from '../../site/portalData.ts';
import type { SiteRoute } from '../contract.ts';
import { dependencyDigests } from './dependencyDigests.ts';
import { digestOf } from './digestOf.ts';
import { currentPageTrace } from './pageTrace.ts';

/**
 * The cache key of every page of the route table, for Astro's incremental build, which copies
 * a page from the previous build when its key and its code (the page's module graph, the
 * configuration, the lockfile: Astro compares those itself) are unchanged.
 *
 * A page keeps its previous key when its route (its own document, alternates, language switch)
 * and every part of the portal data it read when it was last rendered (the menu, a collection
 * it lists, where each of its links leads, the clock) are unchanged; otherwise it gets a key of
 * this build, so it is rendered. Why that is enough: rendering is a function of the route, the
 * code and the data read; if the route and every part read last time are the same, the render
 * reads the same parts again and gives the same page. A page without a record (new, or after a
 * failed build) is rendered.
 *
 * Undefined outside a build (dev server): no key, every page rendered.
 */
export function pageCacheKeys(data: PortalData): (route: SiteRoute) => string | undefined {
  const trace = currentPageTrace();
  if (!trace) return () => undefined;
  const routeDigests = new Map<SiteRoute, string>();
  const routeDigest = (route: SiteRoute) => {
    let digest = routeDigests.get(route);
    if (digest === undefined) {
      digest = digestOf(route);
      routeDigests.set(route, digest);
    }
    return digest;
  };
  const digest = dependencyDigests(data, routeDigest, trace.buildId);
  trace.digest = digest;
  return (route) => {
    const routeNow = routeDigest(route);
    const before = trace.previous[route.path];
    const unchanged =
      before?.route === routeNow &&
      Object.entries(before.reads).every(([name, value]) => digest(name) === value);
    const key = unchanged ? before.key : `${trace.buildId}:${routeNow}`;
    trace.keyed.set(route.path, { key, route: routeNow });
    return key;
  };
}
