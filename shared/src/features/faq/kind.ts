import { collectionSlugs } from '@portals/content-models';
import type { ContentKind } from '../../kit/contract.ts';
import { faqDocSchema, faqFields, type FaqDoc } from './faqDocSchema.ts';
import { siteFaqEntrySchema, type SiteFaqEntry } from './siteFaqEntrySchema.ts';
import { toFaqEntry } from './toFaqEntry.ts';

/** Published FAQ entries of the portal, with their answers rendered to HTML. */
export const faqKind: ContentKind<FaqDoc, SiteFaqEntry> = {
  name: 'faq',
  collection: collectionSlugs.faq,
  fields: faqFields,
  docSchema: faqDocSchema,
  entrySchema: siteFaqEntrySchema,
  toEntry: (doc, context) => toFaqEntry(doc, context),
};
