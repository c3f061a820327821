import { publishedWhere } from '@portals/content-models';
import type { CollectionConfig, Field } from 'payload';
import {
  anyOf,
  anyone,
  forVersions,
  isEditorOfPortal,
  isNotReferentField,
  isReferentOfThemes,
  isStaffEditor,
} from '../access/index.ts';

type PortalScope = 'portals' | 'portal';
type Access = NonNullable<CollectionConfig['access']>;

/**
 * Documents with drafts: the public reads what is published; editors work on their portals;
 * when `themed`, referents also read and review the drafts of their organisation's themes.
 */
export function draftableAccess({ themed = false }: { themed?: boolean } = {}): Access {
  const editors = isEditorOfPortal('portals');
  const reviewers = themed ? anyOf(editors, isReferentOfThemes) : editors;
  return {
    read: anyOf(publishedWhere, reviewers),
    create: isStaffEditor,
    update: reviewers,
    delete: editors,
    readVersions: forVersions(reviewers),
  };
}

/** Reference data without drafts: public reads, editors change what belongs to their portals. */
export function publicAccess(scope: PortalScope = 'portals'): Access {
  return {
    read: anyone,
    create: isStaffEditor,
    update: isEditorOfPortal(scope),
    delete: isEditorOfPortal(scope),
  };
}

const guarded = new Set(['portals', 'themes']);

/** Referents may edit a text they review, never the portals or themes that decide who sees it. */
export function guardScopeFields(fields: Field[]): Field[] {
  return fields.map((field): Field =>
    field.type !== 'ui' && 'name' in field && guarded.has(field.name)
      ? ({ ...field, access: { ...field.access, update: isNotReferentField } } as Field)
      : field,
  );
}
