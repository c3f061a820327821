import { documentPaths, documentSegments, type Locale } from '@portals/content-models';
import { t } from '../../i18n/createTranslator.ts';
import type { PortalFeature } from '../../kit/contract.ts';
import { localeRouteBase } from '../../site/localeRouteBase.ts';
import { toolKind, type SiteTool } from './toolKind.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    tools: SiteTool;
  }
  interface RouteKinds {
    /** The tools page of one language. */
    toolList: { tools: SiteTool[] };
  }
}

/** The URL segment of the tools page, in each language. */
export const toolsSegment: Record<Locale, string> = documentSegments.tools;

/** `/fr/outils/`. */
export function toolsPath(locale: Locale): string {
  return documentPaths.tools(locale);
}

/** Tools (the `tools` collection): one page per language listing them by title. */
export const toolsFeature = {
  name: 'tools',
  kinds: [toolKind],
  segments: (locale) => [toolsSegment[locale]],
  routes({ locales, entries }, locale) {
    const inLocale = (l: Locale) => entries.tools.filter((tool) => tool.translations[l]);
    const tools = inLocale(locale).sort((a, b) =>
      a.translations[locale]!.title.localeCompare(b.translations[locale]!.title, locale),
    );
    if (tools.length === 0) return [];
    const base = localeRouteBase(locales, locale, toolsPath, (l) => inLocale(l).length > 0);
    return [{ kind: 'toolList', tools, ...base }];
  },
  entryPoints({ entries }, locale, ui) {
    if (!entries.tools.some((tool) => tool.translations[locale])) return [];
    const translate = t(locale, ui);
    return [
      {
        title: translate('sae.tools.title'),
        href: toolsPath(locale),
        description: translate('sae.tools.entryPoint'),
      },
    ];
  },
  describe: (route) => (route.kind === 'toolList' ? `tools page (${route.locale})` : undefined),
} satisfies PortalFeature;
