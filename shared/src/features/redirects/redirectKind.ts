import { collectionSlugs } from '@portals/content-models';
import type { ContentKind } from '../../kit/contract.ts';
import { redirectDocSchema, redirectFields, type RedirectDoc } from './redirectDocSchema.ts';
import { siteRedirectSchema, type SiteRedirect } from './siteRedirectSchema.ts';

/** Maps a CMS redirect to its entry; the target is resolved later, against the route table. */
export function toSiteRedirect(doc: RedirectDoc): SiteRedirect {
  return {
    id: doc.id,
    updatedAt: doc.updatedAt,
    from: doc.from,
    toPath: doc.toPath,
    toDocument: doc.toDocument
      ? { collection: doc.toDocument.relationTo, id: doc.toDocument.value }
      : null,
    status: doc.statusCode === '302' ? 302 : 301,
    locale: doc.locale,
  };
}

/** The portal's redirects (one `portal` per record); no drafts: every record is live. */
export const redirectKind: ContentKind<RedirectDoc, SiteRedirect> = {
  name: 'redirects',
  collection: collectionSlugs.redirects,
  fields: redirectFields,
  drafts: false,
  byPortal: { field: 'portal', operator: 'equals' },
  docSchema: redirectDocSchema,
  entrySchema: siteRedirectSchema,
  toEntry: (doc) => toSiteRedirect(doc),
};
