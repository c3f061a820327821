import { documentPaths, documentSegments, type Locale } from '@portals/content-models';
import { t } from '../../i18n/createTranslator.ts';
import type { PortalFeature } from '../../kit/contract.ts';
import { localeRouteBase } from '../../site/localeRouteBase.ts';
import { projectKind, type SiteProject } from './projectKind.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    projects: SiteProject;
  }
  interface RouteKinds {
    /** The projects page of one language. */
    projectList: { projects: SiteProject[] };
  }
}

/** The URL segment of the projects page, in each language. */
export const projectsSegment: Record<Locale, string> = documentSegments.projects;

/** `/fr/projets/`. */
export function projectsPath(locale: Locale): string {
  return documentPaths.projects(locale);
}

/** Projects (the `projects` collection): one page per language listing them by title. */
export const projectsFeature = {
  name: 'projects',
  kinds: [projectKind],
  segments: (locale) => [projectsSegment[locale]],
  routes({ locales, entries }, locale) {
    const inLocale = (l: Locale) => entries.projects.filter((project) => project.translations[l]);
    const projects = inLocale(locale).sort((a, b) =>
      a.translations[locale]!.title.localeCompare(b.translations[locale]!.title, locale),
    );
    if (projects.length === 0) return [];
    const base = localeRouteBase(locales, locale, projectsPath, (l) => inLocale(l).length > 0);
    return [{ kind: 'projectList', projects, ...base }];
  },
  entryPoints({ entries }, locale, ui) {
    if (!entries.projects.some((project) => project.translations[locale])) return [];
    const translate = t(locale, ui);
    return [
      {
        title: translate('sae.projects.title'),
        href: projectsPath(locale),
        description: translate('sae.projects.entryPoint'),
      },
    ];
  },
  describe: (route) =>
    route.kind === 'projectList' ? `projects page (${route.locale})` : undefined,
} satisfies PortalFeature;
