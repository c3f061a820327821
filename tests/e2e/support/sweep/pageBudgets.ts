import type { BuiltPage } from './builtSite.ts';
import { htmlLang } from './htmlTags.ts';

/**
 * Page-weight budgets in KB (1,024 bytes) transferred with gzip, images excluded, per page
 * kind. An article must stay light (≤ 30 KB, the project's rule); pages that list many
 * entries get more room, within reason for a phone on a slow connection.
 */
export const pageBudgetsKb = {
  chooser: 20,
  notFound: 20,
  home: 35,
  section: 30,
  article: 30,
  search: 30,
  directory: 60,
  organisation: 30,
  hospitals: 40,
  hospital: 40,
  agenda: 40,
  agendaItem: 30,
  faq: 60,
  news: 40,
  other: 30,
} as const;

export type PageKind = keyof typeof pageBudgetsKb;

/**
 * A page's kind by the first segment after the locale, for pages that do not name theirs.
 * `[list, item]`: the folder's own page, and the pages below it.
 */
const segmentKinds: Record<string, readonly [PageKind, PageKind]> = {
  articles: ['news', 'article'],
  artikels: ['news', 'article'],
  actualites: ['news', 'article'],
  nieuws: ['news', 'article'],
  search: ['search', 'search'],
  zoeken: ['search', 'search'],
  recherche: ['search', 'search'],
  associations: ['directory', 'organisation'],
  verenigingen: ['directory', 'organisation'],
  hopitaux: ['hospitals', 'hospital'],
  ziekenhuizen: ['hospitals', 'hospital'],
  agenda: ['agenda', 'agendaItem'],
  faq: ['faq', 'faq'],
};

function isKind(value: string | undefined): value is PageKind {
  return value !== undefined && value in pageBudgetsKb;
}

/**
 * The kind of a built page: the `data-page-kind` its `<body>` declares when the layout says
 * so (the route table's kind), else guessed from its address. Unknown segments are sections.
 */
export function pageKindOf(page: BuiltPage): PageKind {
  const declared = page.tags.find((tag) => tag.name === 'body')?.attrs['data-page-kind'];
  if (isKind(declared)) return declared;
  if (page.urlPath === '/') return 'chooser';
  if (page.urlPath.endsWith('/404.html')) return 'notFound';
  const [locale, first, ...rest] = page.urlPath.split('/').filter(Boolean);
  if (!first) return locale === htmlLang(page.tags) ? 'home' : 'other';
  const kinds = segmentKinds[first];
  if (!kinds) return 'section';
  // Directory facet pages (`/fr/associations/commune/1000/`) are lists again.
  if (kinds[0] === 'directory' && rest.length > 1) return 'directory';
  return rest.length === 0 ? kinds[0] : kinds[1];
}
