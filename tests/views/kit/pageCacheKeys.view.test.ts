import { describe, expect, it } from 'vitest';
import type { SiteArticle, SiteSection } from '@portals/shared/cms';
import {
  endPageTrace,
  newsFeature,
  pageCacheKeys,
  pageReads,
  portalHomeFeature,
  startPageTrace,
  trackReads,
  type PageRecord,
  type SiteRoute,
} from '@portals/shared/kit';
import { viewFor } from '@portals/shared/kit/views';
import { defineSiteConfig, portalData, type PortalData } from '@portals/shared/site';
import { treeArticles, treeSections, treeSite } from '../../fixtures/views/treeFixtures.ts';
import { renderView } from '../renderView.ts';

// Born in Brussels' tree, news, the portal home and every default page (search, footer pages,
// contact form, redirects): the pages of the cases.
const site = defineSiteConfig({
  ...treeSite,
  features: [...treeSite.features, newsFeature, portalHomeFeature],
  home: { blocks: ['news', 'entryPoints'] },
});

const linking: SiteArticle = {
  ...treeArticles[1]!,
  id: '4',
  editorialOrder: undefined,
  translations: {
    fr: {
      title: 'Article 4 fr',
      slug: 'article-4-fr',
      summary: '',
      bodyHtml: '<p>Lire <a data-internal-link="articles/2">l’article 2</a>.</p>',
    },
    nl: { title: 'Article 4 nl', slug: 'article-4-nl', summary: '', bodyHtml: '<p>Geen link.</p>' },
  },
};

/** A news item: the menu has its news entry before the new item below arrives. */
const news = (id: string, day: number): SiteArticle => ({
  ...treeArticles[1]!,
  id,
  kind: 'news',
  sectionIds: [],
  editorialOrder: undefined,
  publishedAt: `2026-11-${day}T09:00:00.000Z`,
  translations: {
    fr: { title: `Nouvelle ${id}`, slug: `nouvelle-${id}`, summary: '', bodyHtml: '' },
    nl: { title: `Nieuws ${id}`, slug: `nieuws-${id}`, summary: '', bodyHtml: '' },
  },
});

interface Content {
  articles: SiteArticle[];
  sections: SiteSection[];
  now?: Date;
}

const base: Content = {
  articles: [...treeArticles, linking, news('8', 10)],
  sections: treeSections,
};

function dataOf(content: Content): PortalData {
  const data = portalData({
    site,
    collections: {
      articles: content.articles.map((entry) => ({ data: structuredClone(entry) })),
      sections: content.sections.map((entry) => ({ data: structuredClone(entry) })),
    },
  });
  const now = content.now ?? new Date('2026-12-05T10:00:00Z');
  return { ...data, clock: () => now };
}

interface Build {
  keys: Map<string, string>;
  html: Map<string, string>;
  record: Record<string, PageRecord>;
}

// A form carries the time its page was built (the fill-time check): the only byte a copied
// page legitimately differs in.
const withoutBuildTime = (html: string) => html.replace(/ value="\d{13}"/g, ' value="…"');

/** The contact page's form reads the CMS address from `astro:env`, which views do not have. */
const needsCms = (route: SiteRoute) => route.kind === 'footerPage' && route.page === 'contact';

/** What a build does with the kit's page cache: key every page, render each, save the trace. */
async function build(content: Content, previous: Build | undefined, id: string): Promise<Build> {
  const trace = startPageTrace(previous?.record ?? {}, id);
  const data = dataOf(content);
  const keyOf = pageCacheKeys(data);
  const keys = new Map<string, string>();
  const html = new Map<string, string>();
  for (const route of data.routes.filter((each) => !each.file && !needsCms(each))) {
    keys.set(route.path, keyOf(route) ?? '');
    // Every page is rendered, copied or not, to compare with what the cache would have copied.
    const tracked = trackReads(data, pageReads(route.path));
    html.set(
      route.path,
      withoutBuildTime(await renderView(viewFor(route), { site, data: tracked, route })),
    );
  }
  return { keys, html, record: endPageTrace(trace) };
}

/** The pages whose key changed between two builds (those Astro renders again). */
function rendered(before: Build, after: Build): string[] {
  return [...after.keys].filter(([path, key]) => before.keys.get(path) !== key).map(([p]) => p);
}

/** No stale page: every page that keeps its key renders to the same bytes. */
function expectNoStalePage(before: Build, after: Build) {
  for (const [path, key] of after.keys) {
    if (before.keys.get(path) === key) {
      expect(after.html.get(path), `${path} kept its key but changed`).toBe(before.html.get(path));
    }
  }
}

async function twoBuilds(change: (content: Content) => Content) {
  // The first build has no trace (every page rendered); the second records what they read.
  const first = await build(base, undefined, 'first');
  const before = await build(base, first, 'before');
  const after = await build(change(structuredClone(base)), before, 'after');
  expectNoStalePage(before, after);
  return { before, after, changed: rendered(before, after) };
}

describe('page cache keys (#15)', () => {
  it('renders every page of a build without trace, then keeps every key while nothing changes', async () => {
    const first = await build(base, undefined, 'first');
    const second = await build(base, first, 'second');
    expect(new Set(first.keys.values()).size).toBe(first.keys.size);
    expect([...first.keys.values()].every((key) => key.startsWith('first:'))).toBe(true);
    expect(rendered(first, second)).toEqual([]);
    expectNoStalePage(first, second);
  });

  it('renders every page showing the menu again when a top section is renamed', async () => {
    const { before, changed } = await twoBuilds((content) => {
      content.sections[0]!.translations.fr!.title = 'Santé et bien-être';
      return content;
    });
    const french = [...before.keys.keys()].filter((path) => path.startsWith('/fr/'));
    expect(french.length).toBeGreaterThan(10);
    expect(changed).toEqual(expect.arrayContaining(french));
  });

  it('renders the home and the news list for a new news item, not the unrelated articles', async () => {
    const { changed } = await twoBuilds((content) => ({
      ...content,
      articles: [...content.articles, news('9', 30)],
    }));
    expect(changed).toEqual(
      expect.arrayContaining(['/fr/', '/nl/', '/fr/actualites/', '/nl/nieuws/']),
    );
    expect(changed).toContain('/fr/articles/nouvelle-9/');
    for (const unrelated of ['/fr/articles/article-1-fr/', '/nl/artikels/article-2-nl/']) {
      expect(changed).not.toContain(unrelated);
    }
  });

  it('renders the pages linking to an article whose slug changed, and only those articles', async () => {
    const { changed } = await twoBuilds((content) => {
      content.articles[1]!.translations.fr!.slug = 'article-2-renomme';
      return content;
    });
    expect(changed).toContain('/fr/articles/article-4-fr/');
    expect(changed).toContain('/fr/articles/article-2-renomme/');
    // The Dutch page of the linking article has no link; article 1 links to nothing.
    expect(changed).not.toContain('/nl/artikels/article-4-nl/');
    expect(changed).not.toContain('/fr/articles/article-1-fr/');
  });

  it('renders the section pages of an edited article’s branch, not the other sections', async () => {
    const { changed } = await twoBuilds((content) => {
      content.articles[1]!.translations.fr!.title = 'Article 2 retitré';
      return content;
    });
    // Article 2 sits in "Apres", under "Sante", which lists its sub-sections' articles.
    expect(changed).toEqual(expect.arrayContaining(['/fr/sante/apres/', '/fr/sante/']));
    for (const other of ['/fr/sante/mental/', '/fr/sos/', '/fr/sos/detresse/']) {
      expect(changed).not.toContain(other);
    }
  });

  it('renders the home again when the clock passes an hour, and nothing else', async () => {
    const { changed } = await twoBuilds((content) => ({
      ...content,
      now: new Date('2026-12-05T11:00:00Z'),
    }));
    expect(changed.sort()).toEqual(['/fr/', '/nl/']);
  });
});
