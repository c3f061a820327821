import { collectionSlugs, locales } from '@portals/content-models';
import type { ContentKind } from '../../kit/contract.ts';
import {
  portalHomeDocSchema,
  sitePortalHomeSchema,
  type PortalHomeDoc,
  type SitePortalHome,
} from './portalHomeSchemas.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    portalHome: SitePortalHome;
  }
}

const texts = (field: Partial<Record<string, string | null | undefined>>) =>
  Object.fromEntries(
    locales.flatMap((locale) => {
      const text = field[locale]?.trim();
      return text ? [[locale, text]] : [];
    }),
  );

/** The portal record's home settings (announcement, featured contents), edited in the CMS. */
export const portalHomeKind: ContentKind<PortalHomeDoc, SitePortalHome> = {
  name: 'portalHome',
  collection: collectionSlugs.portals,
  fields: ['home'],
  drafts: false,
  byPortal: { field: 'portal', operator: 'equals' },
  singular: 'portal record',
  docSchema: portalHomeDocSchema,
  entrySchema: sitePortalHomeSchema,
  toEntry(doc) {
    const announcement = doc.home?.announcement;
    const target = (link: { relationTo: string; value: string }) => ({
      collection: link.relationTo,
      id: link.value,
    });
    return {
      id: doc.id,
      updatedAt: doc.updatedAt,
      announcement: announcement
        ? {
            title: texts(announcement.title),
            text: texts(announcement.text),
            link: announcement.link ? target(announcement.link) : null,
            until: announcement.until ?? null,
          }
        : null,
      featured: (doc.home?.featured ?? []).map(target),
    };
  },
};
