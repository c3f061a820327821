import { XMLParser } from 'fast-xml-parser';
import { portals } from '@portals/content-models';
import { describe, expect, it } from 'vitest';
import { newsFeature } from '@portals/shared/features/news/feature.ts';
import { newsRoutes } from '@portals/shared/features/news/newsRoutes.ts';
import { newsArticle, routeContext } from './faqnewsFixtures.ts';

const site = { portal: portals.hospichild };
const siteUrl = 'https://hospichild.example.test';
const articles = [newsArticle(1), newsArticle(2), newsArticle(3, { nl: false })];
const undated = newsArticle(4);

interface Channel {
  title: string;
  link: string;
  language: string;
  'atom:link': { '@_href': string; '@_rel': string };
  item: {
    title: string;
    link: string;
    guid: { '#text': string };
    description: string;
    pubDate?: string;
  }[];
}

async function feedOf(locale: 'fr' | 'nl', list = articles): Promise<Channel> {
  const feed = newsRoutes(routeContext({ articles: list }), locale).find(
    (route) => route.kind === 'newsFeed',
  );
  if (!feed) throw new Error(`no ${locale} feed`);
  const xml = await newsFeature.render(feed, { site, siteUrl });
  if (xml === undefined) throw new Error('the feed route was not rendered');
  const parsed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'item',
  }).parse(xml) as { rss: { '@_version': string; channel: Channel } };
  expect(parsed.rss['@_version']).toBe('2.0');
  return parsed.rss.channel;
}

const rfc822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('the news feed', () => {
  it('describes the channel in its language, linked to the news list and to itself', async () => {
    const channel = await feedOf('nl');
    expect(channel.title).toBe('Hospichild: nieuws');
    expect(channel.language).toBe('nl-BE');
    expect(channel.link).toBe('https://hospichild.example.test/nl/nieuws/');
    expect(channel['atom:link']).toMatchObject({
      '@_href': 'https://hospichild.example.test/nl/nieuws/rss.xml',
      '@_rel': 'self',
    });
  });

  it('holds the news of its language, newest first, with absolute links', async () => {
    const channel = await feedOf('nl');
    expect(channel.item.map((item) => item.title)).toEqual(['Nieuws 2', 'Nieuws 1']);
    expect(channel.item[0]?.link).toBe('https://hospichild.example.test/nl/artikels/nieuws-2/');
    expect(channel.item[0]?.guid['#text']).toBe(channel.item[0]?.link);
    expect((await feedOf('fr')).item).toHaveLength(3);
  });

  it('dates items in RFC 822, and escapes text rather than breaking the XML', async () => {
    const [item] = (await feedOf('fr')).item;
    expect(item?.pubDate).toMatch(rfc822);
    expect(item?.pubDate).toBe('Sun, 04 Jan 2026 09:00:00 GMT');
    expect(item?.description).toBe('Résumé 3 & <détails>');
  });

  it('leaves out the date of an item the CMS has none for', async () => {
    const channel = await feedOf('fr', [{ ...undated, publishedAt: null }]);
    expect(channel.item[0]?.pubDate).toBeUndefined();
  });

  it('renders nothing for a route that is not its feed', async () => {
    const [page] = newsRoutes(routeContext({ articles }), 'fr');
    expect(page?.kind).toBe('newsPage');
    expect(await newsFeature.render(page!, { site, siteUrl })).toBeUndefined();
  });
});
