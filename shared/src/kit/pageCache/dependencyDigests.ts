import { isLocale } from '@portals/content-models';
import type { PortalData } from '../../site/portalData.ts';
import type { SiteRoute } from '../contract.ts';
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
    const [head = '', ...rest] = name.split(':');
    if (head === 'entries' && rest.length === 1) {
      const entries = data.entries as Record<string, unknown>;
      return Object.hasOwn(entries, rest[0]!) ? digestOf(entries[rest[0]!]) : 'none';
    }
    if (head === 'articlesIn' && rest.length === 1) return digestOf(data.articlesIn(rest));
    if (name === 'routes') return digestOf(data.routes.map(routeDigest));
    if (name === 'clock') return hourFormat.format(data.clock());
    const locale = rest[0];
    if (!locale || !isLocale(locale)) return `unknown:${buildId}`;
    if (head === 'navigation' && rest.length === 1) return digestOf(data.navigation(locale));
    if (head === 'entryPoints' && rest.length === 1) return digestOf(data.entryPoints(locale));
    if (head === 'link' && rest.length >= 3) {
      // Ids never hold a colon; the relation's name is the one part before the id.
      const [relationTo = '', ...id] = rest.slice(1);
      return String(data.internalLinks(locale)({ relationTo, id: id.join(':') }));
    }
    return `unknown:${buildId}`;
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
