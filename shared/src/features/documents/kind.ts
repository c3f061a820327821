import { collectionSlugs } from '@portals/content-models';
import type { ContentKind } from '../../kit/contract.ts';
import { documentDocSchema, documentFields, type DocumentDoc } from './documentDocSchema.ts';
import { siteDocumentSchema, type SiteDocument } from './siteDocumentSchema.ts';
import { toSiteDocument } from './toSiteDocument.ts';

/** The portal's reference documents. An upload collection without drafts: all are public. */
export const documentKind: ContentKind<DocumentDoc, SiteDocument> = {
  name: 'documents',
  collection: collectionSlugs.documents,
  fields: documentFields,
  drafts: false,
  docSchema: documentDocSchema,
  entrySchema: siteDocumentSchema,
  toEntry: (doc, context) => toSiteDocument(doc, context),
};
