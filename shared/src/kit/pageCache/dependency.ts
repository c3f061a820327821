import type { Locale } from '@portals/content-models';
import type { InternalLinkTarget } from '../../richtext/internalLinks.ts';

/**
 * Names of the parts of the portal data a page can read, as its trace records them. A name
 * is data, not code: the trace file keeps them between builds.
 */
export const dependency = {
  /** A whole collection (`entries:agenda`). */
  entries: (name: string) => `entries:${name}`,
  /** The articles placed in one section (a section page's list). */
  articlesIn: (sectionId: string) => `articlesIn:${sectionId}`,
  /** The whole route table (a page listing every page). */
  routes: 'routes',
  navigation: (locale: Locale) => `navigation:${locale}`,
  entryPoints: (locale: Locale) => `entryPoints:${locale}`,
  /** Where one internal link of a body leads, in a language. */
  link: (locale: Locale, target: InternalLinkTarget) =>
    `link:${locale}:${target.relationTo}:${target.id}`,
  /** The build's clock (what is next on the agenda, an announcement's end). */
  clock: 'clock',
  /** A part of the data nothing knows how to digest: the page is rendered every time. */
  unknown: (name: string) => `unknown:${name}`,
} as const;
