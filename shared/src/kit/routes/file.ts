/// <reference types="astro/client" />
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { site } from 'virtual:portal-kit/site';
import type { SiteRoute } from '../contract.ts';
import { fileFor } from '../kitViews.ts';
import type { PortalData } from '../../site/portalData.ts';
import { readPortalData, type ReadCollection } from '../readPortalData.ts';

/** Every file of the route table (`route.file`: calendars, feeds), by its path. */
export const getStaticPaths = (async () => {
  const data = await readPortalData(site, getCollection as ReadCollection);
  return data.routes
    .filter((route) => route.file)
    .map((route) => ({ params: { file: route.path.slice(1) }, props: { route, data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site: siteUrl }) => {
  if (!siteUrl) throw new Error("Feeds and calendars need Astro's `site` (SITE_URL).");
  const { route, data } = props as { route: SiteRoute; data: PortalData };
  const body = await fileFor(route)({ site, data, route, siteUrl });
  if (body instanceof Response) return body;
  const contentType = route.file?.contentType ?? 'text/plain; charset=utf-8';
  return new Response(body, { headers: { 'Content-Type': contentType } });
};
