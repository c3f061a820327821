import { t } from '../../i18n/createTranslator.ts';
import type { AssistantIndex } from './assistant/assistantIndex.ts';
import type { PortalFeature } from '../../kit/contract.ts';
import { faqPath, faqSegment } from './faqPaths.ts';
import { faqAssistantRoutes, faqRoutes } from './faqRoutes.ts';
import type { FaqGroup } from './groupFaqByTheme.ts';
import { faqKind } from './kind.ts';
import { referentKind, type SiteReferent } from './referentKind.ts';
import type { SiteFaqEntry } from './siteFaqEntrySchema.ts';
import { themeKind, type SiteTheme } from './themeKind.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    faq: SiteFaqEntry;
    themes: SiteTheme;
    referentOrganisations: SiteReferent;
  }
  interface RouteKinds {
    /** The FAQ page of one language, its questions grouped by theme, and its assistant's index. */
    faq: { groups: FaqGroup[]; assistantIndexPath: string };
    /** The FAQ assistant's index of one language (JSON), fetched on the first question. */
    faqAssistantIndex: { index: AssistantIndex };
  }
}

/**
 * The FAQ: one page per language (`/fr/questions-frequentes/`), questions grouped by theme,
 * each answer reachable by its own link. Themes and referent organisations are loaded beside
 * the entries to name the groups and credit the answers.
 */
export const faqFeature = {
  name: 'faq',
  kinds: [faqKind, themeKind, referentKind],
  segments: (locale) => [faqSegment[locale]],
  routes: (context, locale) => [
    ...faqRoutes(context, locale),
    ...faqAssistantRoutes(context, locale),
  ],
  entryPoints(context, locale, ui) {
    if (!context.entries.faq.some((entry) => entry.translations[locale])) return [];
    const translate = t(locale, ui);
    return [
      {
        title: translate('faq.title'),
        href: faqPath(locale),
        description: translate('faq.entryPoint'),
      },
    ];
  },
  describe: (route) =>
    route.kind === 'faq' || route.kind === 'faqAssistantIndex'
      ? `FAQ page (${route.locale})`
      : undefined,
} satisfies PortalFeature;
