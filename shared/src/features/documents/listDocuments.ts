import { documentKinds } from '@portals/content-models/collections';
import { locales, type Locale } from '@portals/content-models';
import { cachedIntl } from '../../i18n/cachedIntl.ts';
import { intlLocales } from '../../i18n/formatDate.ts';
import { fileFormat, formatFileSize } from './fileFacts.ts';
import type { SiteDocument } from './siteDocumentSchema.ts';

/** One download link, ready to render. */
export interface DocumentLinkItem {
  id: string;
  /** The file's absolute URL on the CMS. */
  href: string;
  title: string;
  summary: string;
  /** The language the title (and, as far as we know, the file) is written in. */
  lang: Locale;
  /** True when the document has no version in the page's language. */
  inOtherLanguage: boolean;
  /** MIME type, for the link's `type` attribute. */
  mimeType: string;
  /** "PDF" */
  format: string;
  /** "240 ko", null when the CMS does not know the size. */
  size: string | null;
  isDemo: boolean;
}

/** The documents of one kind on a documents page. */
export interface DocumentGroup {
  kind: SiteDocument['kind'];
  items: DocumentLinkItem[];
}

/**
 * Download links for a page in `locale`: every document, in the page's language when it has
 * a title there, else in its own language and marked so. Sorted by title.
 */
export function listDocuments(
  documents: readonly SiteDocument[],
  locale: Locale,
): DocumentLinkItem[] {
  const collator = cachedIntl(`collator:${locale}`, () => new Intl.Collator(intlLocales[locale]));
  return documents
    .map((document): DocumentLinkItem => {
      const lang = document.translations[locale]
        ? locale
        : (locales.find((l) => document.translations[l]) ?? locale);
      const text = document.translations[lang] ?? { title: document.filename, summary: '' };
      return {
        id: document.id,
        href: document.url,
        title: text.title,
        summary: text.summary,
        lang,
        inOtherLanguage: lang !== locale,
        mimeType: document.mimeType,
        format: fileFormat(document.mimeType, document.filename),
        size: document.filesize === null ? null : formatFileSize(document.filesize, locale),
        isDemo: document.isDemo,
      };
    })
    .sort((a, b) => collator.compare(a.title, b.title));
}

/** The documents page's groups: one per kind that has documents, in the CMS's order of kinds. */
export function groupDocumentsByKind(
  documents: readonly SiteDocument[],
  locale: Locale,
): DocumentGroup[] {
  const kindOf = new Map(documents.map((document) => [document.id, document.kind]));
  const items = listDocuments(documents, locale);
  return documentKinds
    .map((kind) => ({ kind, items: items.filter((item) => kindOf.get(item.id) === kind) }))
    .filter((group) => group.items.length > 0);
}
