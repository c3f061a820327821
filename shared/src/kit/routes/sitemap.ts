/// <reference types="astro/client" />
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { site } from 'virtual:portal-kit/site';
import { homePath } from '../../site/paths.ts';
import { sitemapEntries, sitemapXml } from '../../site/sitemapXml.ts';
import { readPortalData, type ReadCollection } from '../readPortalData.ts';

/** Every indexable page with its hreflang alternates; the e2e accessibility sweep reads it too. */
export const GET: APIRoute = async ({ site: origin }) => {
  if (!origin) throw new Error("The sitemap needs Astro's `site` (SITE_URL).");
  const { locales } = site.portal;
  const data = await readPortalData(site, getCollection as ReadCollection);
  // The language chooser is a page of its own only where there is a language to choose.
  const chooser =
    locales.length > 1
      ? [
          {
            path: '/',
            alternates: locales.map((locale) => ({ locale, path: homePath(locale) })),
            xDefault: '/',
          },
        ]
      : [];
  const xml = sitemapXml([...chooser, ...sitemapEntries(data.routes)], origin);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
