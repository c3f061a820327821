import type { Locale } from '@portals/content-models';
import type { SiteRoute } from '../../kit/contract.ts';
import type { DirectoryEntry } from '../../open-data/directoryEntrySchema.ts';
import { directoryPath, filterPath, organisationPath } from '../../site/directoryPaths.ts';
import { directoryFilters } from '../../site/listOrganisations.ts';
import { alternatesFor, languageSwitchFor } from '../../site/pageLinks.ts';

/**
 * The directory's pages in `locale`: the list, one page per commune and per category (the
 * filters, pre-rendered so they work without JavaScript), and one page per organisation.
 * Directory data is bilingual, so every page exists in every portal language.
 */
export function directoryRoutes(
  entries: readonly DirectoryEntry[],
  locales: readonly Locale[],
  locale: Locale,
): SiteRoute[] {
  const page = (pathOf: (locale: Locale) => string) => {
    // Once per language rather than once per use: slugging thousands of names adds up.
    const paths = new Map(locales.map((l) => [l, pathOf(l)]));
    const pathIn = (l: Locale) => paths.get(l) ?? pathOf(l);
    const path = pathIn(locale);
    return {
      locale,
      path,
      canonicalPath: path,
      indexable: true,
      alternates: alternatesFor(locales, pathIn),
      languageSwitch: languageSwitchFor(locale, locales, pathIn),
    };
  };
  return [
    { kind: 'directory', filter: null, ...page(directoryPath) },
    ...directoryFilters(entries).map((filter): SiteRoute => ({
      kind: 'directory',
      filter,
      ...page((l) => filterPath(l, filter)),
    })),
    ...entries.map((entry): SiteRoute => ({
      kind: 'organisation',
      entry,
      ...page((l) => organisationPath(l, entry.organisation)),
      lastModified: entry.organisation.lastUpdate,
    })),
  ];
}
