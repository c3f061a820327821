import { t } from '../../i18n/createTranslator.ts';
import type { PortalFeature } from '../../kit/contract.ts';
import { documentsPath, documentsSegment } from './documentPaths.ts';
import { documentRoutes } from './documentRoutes.ts';
import { documentKind } from './kind.ts';
import type { DocumentGroup } from './listDocuments.ts';
import type { SiteDocument } from './siteDocumentSchema.ts';

declare module '../../kit/contract.ts' {
  interface KitCollections {
    documents: SiteDocument;
  }
  interface RouteKinds {
    /** The documents page of one language, grouped by kind. */
    documentList: { groups: DocumentGroup[] };
  }
}

/**
 * Reference documents (PDFs): a page per language listing them by kind, each link with its
 * format and size. `DocumentLinks.astro` lists documents on other pages the same way.
 */
export const documentsFeature = {
  name: 'documents',
  kinds: [documentKind],
  segments: (locale) => [documentsSegment[locale]],
  routes: documentRoutes,
  entryPoints(context, locale, ui) {
    if (context.entries.documents.length === 0) return [];
    const translate = t(locale, ui);
    return [
      {
        title: translate('documents.title'),
        href: documentsPath(locale),
        description: translate('documents.entryPoint'),
      },
    ];
  },
  describe: (route) =>
    route.kind === 'documentList' ? `documents page (${route.locale})` : undefined,
} satisfies PortalFeature;
