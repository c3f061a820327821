import {
  defaultLocale,
  getPortal,
  overallState,
  targetLocales,
  translationStateValue,
  type Locale,
  type TranslationState,
} from '@portals/content-models';
import type { CollectionBeforeChangeHook } from 'payload';
import { fingerprint, isEmpty } from '../translation/fingerprint.ts';
import { hasPath, localizedPaths, valueAt } from '../translation/localizedPaths.ts';
import { readAllLocales } from '../translation/readAllLocales.ts';

/** Stored in `translationDetails`: per locale, the source fingerprint each field was translated from. */
interface Details {
  basis: Partial<Record<Locale, Record<string, string>>>;
  status: Partial<Record<Locale, Record<string, TranslationState>>>;
}

function localesOf(portals: unknown): Locale[] {
  const ids = Array.isArray(portals) ? (portals as string[]) : [];
  const published = new Set(ids.flatMap((id) => getPortal(id).locales));
  return targetLocales.filter((locale) => published.has(locale));
}

/**
 * Keeps each translation's status: on a save in a target locale, a field whose text changed
 * is marked as translated from the current French; on any save, every field of every target
 * locale the document's portals publish is rated missing, outdated or up to date.
 */
export const trackTranslations: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const locale = req.locale;
  if (!locale || locale === 'all') return data;
  const id = (originalDoc as { id?: number | string } | undefined)?.id;
  const stored = id == null ? undefined : await readAllLocales(req, collection.slug, id);
  const paths = localizedPaths(collection.fields);
  const value = (target: Locale, path: string) =>
    target === locale && hasPath(data, path)
      ? valueAt(data, path)
      : (valueAt(stored, path) as Record<string, unknown> | undefined)?.[target];

  const previous = (originalDoc as { translationDetails?: Details } | undefined)
    ?.translationDetails;
  const details: Details = { basis: structuredClone(previous?.basis ?? {}), status: {} };
  const source = Object.fromEntries(
    paths.map((path) => [path, fingerprint(value(defaultLocale, path))]),
  );

  if (locale !== defaultLocale) {
    const basis = (details.basis[locale] ??= {});
    for (const path of paths.filter((candidate) => hasPath(data, candidate))) {
      const now = value(locale, path);
      const before = (valueAt(stored, path) as Record<string, unknown> | undefined)?.[locale];
      if (isEmpty(now)) delete basis[path];
      else if (basis[path] == null || fingerprint(now) !== fingerprint(before))
        basis[path] = source[path] as string;
    }
  }

  const states: string[] = [];
  for (const target of localesOf(
    data.portals ?? (stored as { portals?: unknown } | undefined)?.portals,
  )) {
    const status: Record<string, TranslationState> = {};
    for (const path of paths) {
      const translated = value(target, path);
      if (isEmpty(value(defaultLocale, path)) && isEmpty(translated)) continue;
      status[path] = isEmpty(translated)
        ? 'missing'
        : details.basis[target]?.[path] === source[path]
          ? 'up-to-date'
          : 'outdated';
    }
    details.status[target] = status;
    states.push(translationStateValue(target, overallState(Object.values(status))));
  }
  data.translationDetails = details;
  data.translationStates = states;
  return data;
};
