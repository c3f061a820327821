import {
  formErrorPath,
  formPagePath,
  formRefusals,
  formThanksPath,
  type FormKind,
  type FormRefusal,
  type Locale,
} from '@portals/content-models';
import type { RouteBase, SiteRoute } from '../../kit/contract.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';

/** Where a post lands: the thank-you page, or the error page of a refusal. */
export type FormOutcome = 'thanks' | FormRefusal;

function pathOf(form: FormKind, outcome: FormOutcome, locale: Locale): string {
  return outcome === 'thanks' ? formThanksPath(form, locale) : formErrorPath(form, locale, outcome);
}

/** A page in every portal language, out of search engines. */
function everywhere(
  locales: readonly Locale[],
  locale: Locale,
  pathIn: (locale: Locale) => string,
  indexable = false,
): RouteBase {
  const path = pathIn(locale);
  return {
    locale,
    path,
    canonicalPath: path,
    indexable,
    alternates: alternatesFor(locales, pathIn),
    languageSwitch: languageSwitchFor(locale, locales, pathIn),
  };
}

/** The thank-you page and one error page per refusal of a form, in one language. */
export function formResultRoutes(
  form: FormKind,
  locales: readonly Locale[],
  locale: Locale,
): SiteRoute[] {
  return (['thanks', ...formRefusals] as const).map((outcome) => ({
    kind: 'formResult',
    form,
    outcome,
    ...everywhere(locales, locale, (l) => pathOf(form, outcome, l)),
  }));
}

/** The page of a form of its own (the contact form sits on the contact page). */
export function formPageRoute(
  form: FormKind,
  locales: readonly Locale[],
  locale: Locale,
): RouteBase {
  return everywhere(locales, locale, (l) => formPagePath(form, l), true);
}
