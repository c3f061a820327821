import type { Locale } from '@portals/content-models';
import { journeyHref, journeysIn, stepsIn, type JourneyLink } from './journeySteps.ts';
import type { SiteJourney } from './siteJourneySchema.ts';

/** Where an article sits in a journey: "part of <journey>, step N of M", with its neighbours. */
export interface JourneyPlace {
  journey: JourneyLink;
  stepNumber: number;
  stepCount: number;
  stepTitle: string;
  /** The step before, on the journey page; null at the first step. */
  previous: (JourneyLink & { number: number }) | null;
  /** The step after, on the journey page; null at the last step. */
  next: (JourneyLink & { number: number }) | null;
}

type PlaceIndex = Map<string, JourneyPlace[]>;

// Every article page of a build asks: the index is made once per list of journeys and language.
const indexes = new WeakMap<readonly SiteJourney[], Map<Locale, PlaceIndex>>();

function buildIndex(journeys: readonly SiteJourney[], locale: Locale): PlaceIndex {
  const index: PlaceIndex = new Map();
  for (const journey of journeysIn(journeys, locale)) {
    const steps = stepsIn(journey, locale);
    const link = (number: number) => ({
      number,
      title: steps[number - 1]!.text.title,
      href: journeyHref(journey, locale, number),
    });
    for (const { step, number, text } of steps) {
      const place: JourneyPlace = {
        journey: { title: journey.translations[locale]!.title, href: journeyHref(journey, locale) },
        stepNumber: number,
        stepCount: steps.length,
        stepTitle: text.title,
        previous: number > 1 ? link(number - 1) : null,
        next: number < steps.length ? link(number + 1) : null,
      };
      for (const articleId of new Set(step.articleIds)) {
        index.set(articleId, [...(index.get(articleId) ?? []), place]);
      }
    }
  }
  return index;
}

/**
 * The places of an article in the build's journeys, in `locale`, in the journeys' listing
 * order: none when no published journey links it. Each journey and step where it appears
 * counts, so an article in two journeys has two places.
 */
export function journeyPlacesOf(
  journeys: readonly SiteJourney[],
  articleId: string,
  locale: Locale,
): JourneyPlace[] {
  let byLocale = indexes.get(journeys);
  if (!byLocale) {
    byLocale = new Map<Locale, PlaceIndex>();
    indexes.set(journeys, byLocale);
  }
  let index = byLocale.get(locale);
  if (!index) {
    index = buildIndex(journeys, locale);
    byLocale.set(locale, index);
  }
  return index.get(articleId) ?? [];
}
