import { t } from '../../i18n/createTranslator.ts';
import type { PortalFeature } from '../../kit/contract.ts';
import { referentKind } from '../faq/referentKind.ts';
import type { JourneyCard } from './journeyCards.ts';
import { journeyKind } from './journeyKind.ts';
import { journeysPath, journeysSegment } from './journeyPaths.ts';
import { journeyRoutes } from './journeyRoutes.ts';
import type { JourneyStepView } from './journeySteps.ts';
import type { SiteJourney } from './siteJourneySchema.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    journeys: SiteJourney;
  }
  interface RouteKinds {
    /** The life events of one language, as entry cards: `/fr/parcours/`. */
    journeyList: { journeys: JourneyCard[] };
    /** One journey, its numbered steps resolved: `/fr/parcours/{slug}/`. */
    journey: { journey: SiteJourney; steps: JourneyStepView[] };
  }
}

declare module '../../site/defineSiteConfig.ts' {
  interface HomeBlocks {
    /** The life events as entry cards (the journeys feature's). */
    journeys: true;
  }
}

/**
 * Life events as step-by-step journeys (GOV.UK's step-by-step navigation): a list page, a page
 * per journey with its numbered steps and the rights pages and organisations each one needs,
 * the `journeys` home block, and beside every article a journey links, "part of <journey>,
 * step N of M" with the previous and next steps (`parts.ts`, `articleParts.end`). Referent
 * organisations are loaded to name them.
 */
export const journeysFeature = {
  name: 'journeys',
  kinds: [journeyKind, referentKind],
  segments: (locale) => [journeysSegment[locale]],
  routes: journeyRoutes,
  entryPoints(context, locale, ui) {
    if (!context.entries.journeys.some((journey) => journey.translations[locale])) return [];
    const translate = t(locale, ui);
    return [
      {
        title: translate('journeys.title'),
        href: journeysPath(locale),
        description: translate('journeys.entryPoint'),
      },
    ];
  },
  describe: (route) =>
    route.kind === 'journey'
      ? `journey ${route.journey.id}`
      : route.kind === 'journeyList'
        ? `journeys page (${route.locale})`
        : undefined,
} satisfies PortalFeature;
