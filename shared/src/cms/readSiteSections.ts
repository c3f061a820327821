import type { DocVersion } from './fetchDocs.ts';
import { fetchSectionDocs, fetchSectionVersions } from './fetchSectionDocs.ts';
import type { ReadOptions } from './readSiteArticles.ts';
import type { SiteSection } from './siteSectionSchema.ts';
import { toSiteSection } from './toSiteSection.ts';

/** Reads a portal's navigation sections (all, or `options.ids`) and maps them to the sites' shape. */
export async function readSiteSections(options: ReadOptions): Promise<SiteSection[]> {
  const { logger } = options;
  const docs = await fetchSectionDocs({
    ...options,
    // Progress of a full read; reads of changed documents are short.
    onPage: options.ids
      ? undefined
      : ({ page, totalPages, totalDocs }) =>
          logger.info(`sections: page ${page}/${Math.max(totalPages, 1)} (${totalDocs} sections)`),
  });
  return docs.map((doc) => {
    const section = toSiteSection(doc);
    if (section.availableLocales.length === 0) {
      logger.warn(`section ${doc.id} has no title and slug in any language: it will not appear`);
    }
    return section;
  });
}

/** Lists the id and `updatedAt` of a portal's sections. */
export function readSectionVersions(options: ReadOptions): Promise<DocVersion[]> {
  return fetchSectionVersions(options);
}
