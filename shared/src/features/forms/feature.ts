import { formSegment, type FormKind } from '@portals/content-models';
import type { PortalFeature, SiteRoute } from '../../kit/contract.ts';
import { themeKind } from '../faq/themeKind.ts';
import { formPageRoute, formResultRoutes, type FormOutcome } from './formRoutes.ts';
import { formSettingsKind, type SiteFormSettings } from './formSettingsKind.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    formSettings: SiteFormSettings;
  }
  interface RouteKinds {
    /** Where a form post lands without JavaScript: thanks, or why it was refused. */
    formResult: { form: FormKind; outcome: FormOutcome };
    /** The page asking the referents of a theme a question. */
    questionForm: object;
  }
}

/**
 * The contact form every portal has (issue #12): the form sits on the contact page (the
 * pages feature's view), this feature adds the pages a post without JavaScript lands on and
 * loads the retention period its consent line states.
 */
export const formsFeature: PortalFeature = {
  name: 'forms',
  kinds: [formSettingsKind],
  routes: ({ locales }, locale) => formResultRoutes('contact', locales, locale),
  describe: (route) =>
    route.kind === 'formResult' ? `${route.form} form ${route.outcome} page` : undefined,
};

/**
 * Questions to the referents (seul avec enfant first; any portal with themes may list it):
 * a page where the reader picks one of the portal's themes, and its result pages.
 */
export const questionFeature: PortalFeature = {
  name: 'question',
  kinds: [themeKind, formSettingsKind],
  segments: (locale) => [formSegment.question[locale]],
  routes: ({ locales }, locale): SiteRoute[] => [
    { kind: 'questionForm', ...formPageRoute('question', locales, locale) },
    ...formResultRoutes('question', locales, locale),
  ],
  describe: (route) => (route.kind === 'questionForm' ? 'question form' : undefined),
};
