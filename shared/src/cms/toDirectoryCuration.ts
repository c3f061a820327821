import type { PortalRecord } from '@portals/content-models/payload-types';
import { locales } from '@portals/content-models';
import {
  parseDirectoryCuration,
  type DirectoryCuration,
  type LocalNote,
} from '../open-data/DirectoryCuration.ts';

const ruleKeys = ['categoryIds', 'sectorIds', 'agreementIds', 'organisationIds'] as const;

/** A portal record's `directory` group as REST sends it with `locale=all`. */
export type CmsDirectoryGroup = Omit<NonNullable<PortalRecord['directory']>, 'notes'> & {
  notes?: { organisationId?: unknown; text?: unknown }[] | null;
};

function noteText(text: unknown): LocalNote {
  if (typeof text !== 'object' || text === null) return { fr: text as string };
  const byLocale = text as Record<string, unknown>;
  return Object.fromEntries(
    locales.flatMap((locale) => {
      const value = byLocale[locale];
      return typeof value === 'string' && value.trim() !== '' ? [[locale, value]] : [];
    }),
  );
}

/**
 * The curation a portal record holds, validated by the site's own contract
 * (`DirectoryCuration`), or null when the record selects nothing: the site then keeps its
 * default. Payload's nulls, empty lists and row ids are dropped first.
 */
export function toDirectoryCuration(
  group: CmsDirectoryGroup | null | undefined,
): DirectoryCuration | null {
  if (!group) return null;
  const rules = Object.fromEntries(
    ruleKeys.flatMap((key) => {
      const ids = group[key];
      return Array.isArray(ids) && ids.length > 0 ? [[key, ids]] : [];
    }),
  );
  if (Object.keys(rules).length === 0) return null;
  const notes = (group.notes ?? []).map((note) => ({
    organisationId: note.organisationId,
    text: noteText(note.text),
  }));
  return parseDirectoryCuration(notes.length > 0 ? { ...rules, notes } : rules);
}
