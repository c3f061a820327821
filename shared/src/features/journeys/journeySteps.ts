import { defaultLocale, type Locale } from '@portals/content-models';
import type { SiteArticle } from '@portals/shared/cms';
import { cachedIntl } from '../../i18n/cachedIntl.ts';
import { intlLocales } from '../../i18n/formatDate.ts';
import { articleUrl } from '../../site/strictLinks.ts';
import type { SiteReferent } from '../faq/referentKind.ts';
import { journeyPath, stepAnchor } from './journeyPaths.ts';
import type { SiteJourney, SiteJourneyStep } from './siteJourneySchema.ts';

/** A link as pages render it. */
export interface JourneyLink {
  title: string;
  href: string;
}

/** An organisation to contact at a step; `lang` when its name is not in the page's language. */
export interface JourneyOrganisation {
  name: string;
  acronym: string | null;
  website: string | null;
  lang: Locale | undefined;
}

/** One step of a journey page, numbered from 1 among the steps shown in its language. */
export interface JourneyStepView {
  number: number;
  /** Its fragment on the journey page (`etape-2`). */
  anchor: string;
  title: string;
  bodyHtml: string;
  articles: JourneyLink[];
  organisations: JourneyOrganisation[];
}

/** What a step links to, by id: the build's published articles and referent organisations. */
export interface JourneyReferences {
  articles: ReadonlyMap<string, SiteArticle>;
  organisations: ReadonlyMap<string, SiteReferent>;
}

/** The steps shown in `locale` (those with a title there), in order, numbered from 1. */
export function stepsIn(journey: SiteJourney, locale: Locale) {
  return journey.steps
    .filter((step) => step.translations[locale])
    .map((step, index) => ({ step, number: index + 1, text: step.translations[locale]! }));
}

/** The journey's URL in `locale`, optionally at one of its steps. */
export function journeyHref(journey: SiteJourney, locale: Locale, step?: number): string {
  const path = journeyPath(locale, journey.translations[locale]!.slug);
  return step === undefined ? path : `${path}#${stepAnchor(locale, step)}`;
}

function organisationIn(org: SiteReferent, locale: Locale): JourneyOrganisation {
  // A proper name: shown in French, marked so, where it has no translation.
  const lang = org.names[locale] ? undefined : defaultLocale;
  return {
    name: org.names[locale] ?? org.names[defaultLocale] ?? org.acronym ?? '',
    acronym: org.acronym,
    website: org.website,
    lang,
  };
}

function linksOf(step: SiteJourneyStep, locale: Locale, refs: JourneyReferences) {
  // Articles that are unpublished, off the portal or missing in this language are left out.
  const articles = step.articleIds.flatMap((id) => {
    const article = refs.articles.get(id);
    return article?.translations[locale]
      ? [{ title: article.translations[locale].title, href: articleUrl(article, locale) }]
      : [];
  });
  const organisations = step.organisationIds.flatMap((id) => {
    const org = refs.organisations.get(id);
    return org ? [organisationIn(org, locale)] : [];
  });
  return { articles, organisations };
}

/** The steps of a journey page in `locale`, with the pages and organisations each one needs. */
export function journeyStepViews(
  journey: SiteJourney,
  locale: Locale,
  refs: JourneyReferences,
): JourneyStepView[] {
  return stepsIn(journey, locale).map(({ step, number, text }) => ({
    number,
    anchor: stepAnchor(locale, number),
    title: text.title,
    bodyHtml: text.bodyHtml,
    ...linksOf(step, locale, refs),
  }));
}

/** The journeys that exist in `locale`, by their order, then by title. */
export function journeysIn(journeys: readonly SiteJourney[], locale: Locale): SiteJourney[] {
  const collator = cachedIntl(`collator:${locale}`, () => new Intl.Collator(intlLocales[locale]));
  const rank = (journey: SiteJourney) => journey.order ?? Number.POSITIVE_INFINITY;
  return journeys
    .filter((journey) => journey.translations[locale] && stepsIn(journey, locale).length > 0)
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        collator.compare(a.translations[locale]!.title, b.translations[locale]!.title),
    );
}
