import type { Locale } from '@portals/content-models';
import type { RouteContext, RouteOf } from '../../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';
import { journeyCards } from './journeyCards.ts';
import { journeysPath } from './journeyPaths.ts';
import { journeyHref, journeysIn, journeyStepViews } from './journeySteps.ts';
import type { SiteJourney } from './siteJourneySchema.ts';

function references(context: RouteContext) {
  return {
    articles: new Map(context.entries.articles.map((article) => [article.id, article])),
    organisations: new Map(context.entries.referentOrganisations.map((org) => [org.id, org])),
  };
}

function journeyRoute(
  journey: SiteJourney,
  locale: Locale,
  context: RouteContext,
  refs: ReturnType<typeof references>,
): RouteOf<'journey'> {
  const { locales } = context;
  const shown = (l: Locale) => journeysIn([journey], l).length > 0;
  const pathIn = (l: Locale) => (shown(l) ? journeyHref(journey, l) : null);
  const path = journeyHref(journey, locale);
  return {
    kind: 'journey',
    locale,
    path,
    canonicalPath: path,
    indexable: true,
    alternates: alternatesFor(locales, pathIn),
    languageSwitch: languageSwitchFor(locale, locales, pathIn),
    lastModified: journey.updatedAt,
    journey,
    steps: journeyStepViews(journey, locale, refs),
  };
}

/** The list of life events of `locale` and one page per journey shown in that language. */
export function journeyRoutes(
  context: RouteContext,
  locale: Locale,
): RouteOf<'journeyList' | 'journey'>[] {
  const { locales, entries } = context;
  const journeys = journeysIn(entries.journeys, locale);
  if (journeys.length === 0) return [];
  const listed = (l: Locale) =>
    journeysIn(entries.journeys, l).length > 0 ? journeysPath(l) : null;
  const refs = references(context);
  return [
    {
      kind: 'journeyList',
      locale,
      path: journeysPath(locale),
      canonicalPath: journeysPath(locale),
      indexable: true,
      alternates: alternatesFor(locales, listed),
      languageSwitch: languageSwitchFor(locale, locales, listed),
      journeys: journeyCards(journeys, locale),
    },
    ...journeys.map((journey) => journeyRoute(journey, locale, context, refs)),
  ];
}
