import type { Locale } from '@portals/content-models';
import { journeyHref, journeysIn, stepsIn } from './journeySteps.ts';
import type { SiteJourney } from './siteJourneySchema.ts';

/** A life event on the journeys page and the home page. */
export interface JourneyCard {
  id: string;
  title: string;
  summary: string;
  href: string;
  stepCount: number;
  isDemo: boolean;
}

/** The journeys of `locale` as entry cards, in listing order. */
export function journeyCards(journeys: readonly SiteJourney[], locale: Locale): JourneyCard[] {
  return journeysIn(journeys, locale).map((journey) => {
    const { title, summary } = journey.translations[locale]!;
    return {
      id: journey.id,
      title,
      summary,
      href: journeyHref(journey, locale),
      stepCount: stepsIn(journey, locale).length,
      isDemo: journey.isDemo,
    };
  });
}
