import type { Locale } from '@portals/content-models';
import type { InternalLinkResolver } from '../../richtext/internalLinks.ts';
import type { PortalData } from '../../site/portalData.ts';
import { dependency } from './dependency.ts';

/**
 * The portal data a page's view receives, noting every part of it the view reads: the page's
 * cache key in the next build covers those parts (see `pageCacheKeys`). Whatever a view or
 * its components read goes through here, so a new kind or view needs no declaration: a read
 * nothing knows how to digest is noted too, and its page is then rendered on every build.
 */
export function trackReads(data: PortalData, record: (name: string) => void): PortalData {
  const entries = new Proxy(data.entries, {
    get(target, name, receiver) {
      if (typeof name === 'string') record(dependency.entries(name));
      return Reflect.get(target, name, receiver) as unknown;
    },
  });
  const tracked: Record<keyof PortalData, () => unknown> = {
    entries: () => entries,
    articles: () => (record(dependency.entries('articles')), data.articles),
    articlesIn: () => (sectionIds: readonly string[]) => {
      for (const id of sectionIds) record(dependency.articlesIn(id));
      return data.articlesIn(sectionIds);
    },
    sections: () => (record(dependency.entries('sections')), data.sections),
    directory: () => (record(dependency.entries('directory')), data.directory),
    // The tree is computed from the sections alone.
    tree: () => (record(dependency.entries('sections')), data.tree),
    routes: () => (record(dependency.routes), data.routes),
    navigation: () => (locale: Locale) => {
      record(dependency.navigation(locale));
      return data.navigation(locale);
    },
    entryPoints: () => (locale: Locale) => {
      record(dependency.entryPoints(locale));
      return data.entryPoints(locale);
    },
    // One dependency per link target: a page changes when a target it links to moves.
    internalLinks: () => (locale: Locale) => {
      const resolve = data.internalLinks(locale);
      const tracking: InternalLinkResolver = (target) => {
        record(dependency.link(locale, target));
        return resolve(target);
      };
      return tracking;
    },
    clock: () => () => {
      record(dependency.clock);
      return data.clock();
    },
  };
  return new Proxy(data, {
    get(target, name, receiver) {
      if (typeof name === 'string' && Object.hasOwn(tracked, name)) {
        return tracked[name as keyof PortalData]();
      }
      if (typeof name === 'string') record(dependency.unknown(name));
      return Reflect.get(target, name, receiver) as unknown;
    },
  });
}
