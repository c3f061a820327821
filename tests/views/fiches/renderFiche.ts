import { portals } from '@portals/content-models';
import { defineSiteConfig } from '@portals/shared/site';
import { views as hospitalViews } from '../../../shared/src/features/hospitals/views.ts';
import { views as mutualityViews } from '../../../shared/src/features/mutualities/views.ts';
import type { SiteRoute } from '../../../shared/src/kit/contract.ts';
import { portalData } from '../../../shared/src/site/portalData.ts';
import { renderView } from '../renderView.ts';

/** Hospichild as the fiche views see it, with no sections or articles: fiches stand alone. */
const site = defineSiteConfig({ portal: portals.hospichild });
const data = portalData({ site, collections: {} });
const views: Partial<Record<SiteRoute['kind'], Parameters<typeof renderView>[0]>> = {
  ...hospitalViews,
  ...mutualityViews,
};

/** Renders a fiche route with the view its feature maps it to, as the kit does. */
export function renderFiche(route: SiteRoute): Promise<string> {
  const view = views[route.kind];
  if (!view) throw new Error(`no fiche view for route kind "${route.kind}"`);
  return renderView(view, { site, data, route });
}

/** The text of an HTML fragment, tags removed and spaces collapsed, for readable assertions. */
export function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of every heading of a level, in document order. */
export function headings(html: string, level: number): string[] {
  return [...html.matchAll(new RegExp(`<h${level}[^>]*>([\\s\\S]*?)</h${level}>`, 'g'))].map(
    (match) => textOf(match[1] ?? ''),
  );
}
