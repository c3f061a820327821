import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { homePath, portalData, sitemapEntries, sitemapXml } from '@portals/shared/site';
import { site } from '../site.config.ts';

/** Every indexable page with its hreflang alternates; the e2e accessibility sweep reads it too. */
export const GET: APIRoute = async ({ site: origin }) => {
  const { locales } = site.portal;
  const data = portalData({
    locales,
    articles: await getCollection('articles'),
    sections: await getCollection('sections'),
    directory: await getCollection('directory'),
  });
  const chooser = {
    path: '/',
    alternates: locales.map((locale) => ({ locale, path: homePath(locale) })),
    xDefault: '/',
  };
  const xml = sitemapXml(
    [chooser, ...sitemapEntries(data.routes)],
    origin ?? 'http://localhost:4321',
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
