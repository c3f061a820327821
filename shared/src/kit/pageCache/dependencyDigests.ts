import type { PortalData } from '../../site/portalData.ts';
import type { SiteRoute } from '../contract.ts';
import { parseDependency } from './dependency.ts';
import { digestOf } from './digestOf.ts';

/** The clock as pages show it: to the hour in Brussels (the home's next agenda items). */
const hourFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/**
 * The current value of each dependency a trace can name (see `dependency`), digested and
 * computed once per build. A name it does not know digests to a value of this build only, so
 * the page that read it is rendered again: unknown reads cost time, never a stale page.
 */
export function dependencyDigests(
  data: PortalData,
  routeDigest: (route: SiteRoute) => string,
  buildId: string,
): (name: string) => string {
  const known = new Map<string, string>();
  const compute = (name: string): string => {
    const read = parseDependency(name);
    switch (read.kind) {
      case 'entries': {
        const entries = data.entries as Record<string, unknown>;
        return Object.hasOwn(entries, read.name) ? digestOf(entries[read.name]) : 'none';
      }
      case 'articlesIn':
        return digestOf(data.articlesIn([read.sectionId]));
      case 'routes':
        return digestOf(data.routes.map(routeDigest));
      case 'clock':
        return hourFormat.format(data.clock());
      case 'navigation':
        return digestOf(data.navigation(read.locale));
      case 'entryPoints':
        return digestOf(data.entryPoints(read.locale));
      case 'link':
        return String(data.internalLinks(read.locale)(read.target));
      case 'unknown':
        return `unknown:${buildId}`;
    }
  };
  return (name) => {
    let digest = known.get(name);
    if (digest === undefined) {
      digest = compute(name);
      known.set(name, digest);
    }
    return digest;
  };
}
