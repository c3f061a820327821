import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { locales, portals } from '@portals/content-models';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { SiteConfig } from '@portals/shared/site';
import { portalData } from '../../../shared/src/site/portalData.ts';
import type { SiteRoute } from '../../../shared/src/kit/contract.ts';

/** Hospichild as the views see it, with no sections or articles: fiches stand alone. */
export const site: SiteConfig = { portal: portals.hospichild };

const data = portalData({ locales, articles: [], sections: [] });
let container: AstroContainer | undefined;

/** Renders a view as the kit does, `{ site, data, route }`, to the page's full HTML. */
export async function renderView(view: AstroComponentFactory, route: SiteRoute): Promise<string> {
  container ??= await AstroContainer.create({
    astroConfig: { site: 'https://hospichild.example' },
  });
  const html = await container.renderToString(view, { props: { site, data, route } });
  // The dev compiler's source and scoping attributes say nothing about the page.
  return html.replace(/ data-astro-[\w-]+(="[^"]*")?/g, '');
}

/** The text of an HTML fragment, tags removed and spaces collapsed, for readable assertions. */
export function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
