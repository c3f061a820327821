import { isLocale, type Locale } from '@portals/content-models';
import type { InternalLinkTarget } from '../../richtext/internalLinks.ts';

/**
 * Names of the parts of the portal data a page can read, as its trace records them. A name
 * is data, not code: the trace file keeps them between builds, and `parseDependency` reads
 * them back; both directions of the format live here.
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

/** A dependency name read back; `unknown` for a name no builder above makes. */
export type ParsedDependency =
  | { kind: 'entries'; name: string }
  | { kind: 'articlesIn'; sectionId: string }
  | { kind: 'routes' | 'clock' | 'unknown' }
  | { kind: 'navigation' | 'entryPoints'; locale: Locale }
  | { kind: 'link'; locale: Locale; target: InternalLinkTarget };

export function parseDependency(name: string): ParsedDependency {
  const [head = '', ...rest] = name.split(':');
  if (rest.length === 0 && (head === 'routes' || head === 'clock')) return { kind: head };
  if (head === 'entries' && rest.length === 1) return { kind: head, name: rest[0]! };
  if (head === 'articlesIn' && rest.length === 1) return { kind: head, sectionId: rest[0]! };
  const locale = rest[0];
  if (!locale || !isLocale(locale)) return { kind: 'unknown' };
  if ((head === 'navigation' || head === 'entryPoints') && rest.length === 1) {
    return { kind: head, locale };
  }
  if (head === 'link' && rest.length >= 3) {
    // Ids never hold a colon; the relation's name is the one part before the id.
    const [relationTo = '', ...id] = rest.slice(1);
    return { kind: 'link', locale, target: { relationTo, id: id.join(':') } };
  }
  return { kind: 'unknown' };
}
