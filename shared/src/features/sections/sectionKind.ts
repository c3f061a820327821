import { collectionSlugs } from '@portals/content-models';
import {
  sectionDocSchema,
  sectionFields,
  siteSectionSchema,
  toSiteSection,
  type SectionDoc,
  type SiteSection,
} from '@portals/shared/cms';
import type { ContentKind } from '../../kit/contract.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    sections: SiteSection;
  }
}

/** A portal's navigation sections. Sections have no drafts: every stored section is live. */
export const sectionKind: ContentKind<SectionDoc, SiteSection> = {
  name: 'sections',
  collection: collectionSlugs.sections,
  fields: sectionFields,
  drafts: false,
  byPortal: { field: 'portal', operator: 'equals' },
  // The `articles` join (a section's placements) is for the admin; the sites list articles
  // from their own `sections` field.
  query: { joins: false },
  docSchema: sectionDocSchema,
  entrySchema: siteSectionSchema,
  toEntry(doc, { onWarning }) {
    const section = toSiteSection(doc);
    if (section.availableLocales.length === 0) {
      onWarning(`section ${doc.id} has no title and slug in any language: it will not appear`);
    }
    return section;
  },
};
