import { locales, type Locale } from '@portals/content-models';
import type { ToEntryContext } from '../../kit/contract.ts';
import { textIn } from '@portals/shared/cms';
import type { DocumentDoc } from './documentDocSchema.ts';
import type { DocumentTranslation, SiteDocument } from './siteDocumentSchema.ts';

/**
 * The file's address as the sites reach the CMS. Payload writes upload URLs against its own
 * `serverURL` (often `http://localhost:3000` behind a proxy), or as a bare path: only the path
 * is kept, joined onto `cmsUrl`.
 */
export function fileUrl(url: string, cmsUrl: string): string {
  const parsed = /^https?:\/\//i.test(url) ? new URL(url) : null;
  const path = parsed ? `${parsed.pathname}${parsed.search}` : url;
  return `${cmsUrl.replace(/\/+$/, '')}${path.startsWith('/') ? '' : '/'}${path}`;
}

/**
 * Maps a CMS document to its entry: a translation per language where its title exists, and
 * the file's URL made absolute on the CMS (the sites are served from another host). A
 * document without a file, or without a title in any language, is left out and logged.
 */
export function toSiteDocument(doc: DocumentDoc, context: ToEntryContext): SiteDocument | null {
  if (!doc.url || !doc.filename) {
    context.onWarning(`document ${doc.id} has no file: skipped`);
    return null;
  }
  const translations: Partial<Record<Locale, DocumentTranslation>> = {};
  for (const locale of locales) {
    const title = textIn(doc.title, locale);
    if (title) translations[locale] = { title, summary: textIn(doc.summary, locale) };
  }
  const availableLocales = locales.filter((locale) => translations[locale]);
  if (availableLocales.length === 0) {
    context.onWarning(`document ${doc.id} has no title in any language: skipped`);
    return null;
  }
  return {
    id: doc.id,
    updatedAt: doc.updatedAt,
    kind: doc.kind,
    isDemo: doc.isDemo,
    publisher: doc.publisher,
    themeIds: [...new Set(doc.themes)],
    url: fileUrl(doc.url, context.cmsUrl),
    filename: doc.filename,
    mimeType: doc.mimeType ?? 'application/octet-stream',
    filesize: doc.filesize,
    availableLocales,
    translations,
  };
}
