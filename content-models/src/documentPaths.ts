import type { Locale } from './locales.ts';

/**
 * The URL of every document that has a page, in one place: the portals build their pages at
 * these paths and the CMS creates redirects from them when a slug changes, so both must agree.
 */

/** The first URL segment of each kind's pages, in each language. */
export const documentSegments = {
  articles: { fr: 'articles', nl: 'artikels' },
  hospitals: { fr: 'hopitaux', nl: 'ziekenhuizen' },
  mutualities: { fr: 'mutualites', nl: 'ziekenfondsen' },
  agenda: { fr: 'agenda', nl: 'agenda' },
  journeys: { fr: 'parcours', nl: 'stappenplannen' },
  midwives: { fr: 'sages-femmes', nl: 'vroedvrouwen' },
  faq: { fr: 'questions-frequentes', nl: 'veelgestelde-vragen' },
  projects: { fr: 'projets', nl: 'projecten' },
  tools: { fr: 'outils', nl: 'hulpmiddelen' },
} as const satisfies Record<string, Record<Locale, string>>;

export type SegmentedKind = keyof typeof documentSegments;

/** `/fr/hopitaux/`: the page listing a kind's documents in a language. */
export function kindListPath(kind: SegmentedKind, locale: Locale): string {
  return `/${locale}/${documentSegments[kind][locale]}/`;
}

function underList(kind: SegmentedKind) {
  return (locale: Locale, slug: string): string => `${kindListPath(kind, locale)}${slug}/`;
}

/** `/fr/{parent-slug}/{slug}/`: a section page, from its chain of slugs, root first. */
export function sectionDocumentPath(locale: Locale, slugChain: readonly string[]): string {
  if (slugChain.length === 0) throw new Error('sectionPath needs at least one slug');
  return `/${locale}/${slugChain.join('/')}/`;
}

/**
 * The fragment of one FAQ answer, from the entry's id: it stays the same when the question is
 * reworded and in both languages, so a link sent to a parent keeps working.
 */
export function faqAnchor(entryId: string): string {
  return `faq-${entryId}`;
}

/**
 * One function per kind, from the locale and the slug, to the page that shows the document.
 * FAQ entries, projects and tools have no page of their own: they live on their kind's page.
 */
export const documentPaths = {
  /** `/fr/articles/{slug}/` */
  articles: underList('articles'),
  /** `/fr/hopitaux/{slug}/` */
  hospitals: underList('hospitals'),
  /** `/nl/ziekenfondsen/{slug}/` */
  mutualities: underList('mutualities'),
  /** `/fr/agenda/{slug}/` */
  agenda: underList('agenda'),
  /** `/fr/parcours/{slug}/` */
  journeys: underList('journeys'),
  /** `/fr/sages-femmes/{slug}/` */
  midwives: underList('midwives'),
  /** `/fr/questions-frequentes/#faq-{id}`: the answer on the FAQ page. */
  faq: (locale: Locale, id: string): string => `${kindListPath('faq', locale)}#${faqAnchor(id)}`,
  /** `/fr/projets/`: the projects page. */
  projects: (locale: Locale): string => kindListPath('projects', locale),
  /** `/fr/outils/`: the tools page. */
  tools: (locale: Locale): string => kindListPath('tools', locale),
} as const;

/** Kinds whose page address is made of the document's own slug: renaming it moves the page. */
export const sluggedKinds = [
  'articles',
  'hospitals',
  'mutualities',
  'agenda',
  'journeys',
] as const satisfies readonly (keyof typeof documentPaths)[];

export type SluggedKind = (typeof sluggedKinds)[number];

export function isSluggedKind(value: string): value is SluggedKind {
  return (sluggedKinds as readonly string[]).includes(value);
}
