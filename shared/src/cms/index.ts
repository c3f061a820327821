export { articleDocSchema, articleFields, type ArticleDoc } from './articleDocSchema.ts';
export { CmsError } from './CmsError.ts';
export { cmsLoader, type CmsLoaderOptions } from './cmsLoader.ts';
export { encodeQuery, selectFields, type QueryValue } from './encodeQuery.ts';
export { articlesRequest, fetchArticleDocs, type CmsReadOptions } from './fetchArticleDocs.ts';
export { fetchAllPages, type FetchAllPagesOptions, type PageProgress } from './fetchAllPages.ts';
export { fetchSectionDocs, sectionsRequest } from './fetchSectionDocs.ts';
export {
  keepPublished,
  readSiteArticles,
  type CmsLogger,
  type ReadOptions,
} from './readSiteArticles.ts';
export {
  cmsDirectoryCuration,
  readDirectoryCuration,
  type CurationReadOptions,
} from './readDirectoryCuration.ts';
export { filterMidwives, type MidwifeFilter } from './filterMidwives.ts';
export { midwifeDocSchema, midwifeFields, type SiteMidwife } from './midwifeDocSchema.ts';
export { readMidwives, type MidwivesReadOptions } from './readMidwives.ts';
export { readSiteSections } from './readSiteSections.ts';
export { sectionDocSchema, sectionFields, type SectionDoc } from './sectionDocSchema.ts';
export {
  articleTranslationSchema,
  siteArticleSchema,
  type ArticleTranslation,
  type SiteArticle,
} from './siteArticleSchema.ts';
export {
  sectionTranslationSchema,
  siteSectionSchema,
  type SectionTranslation,
  type SiteSection,
} from './siteSectionSchema.ts';
export { articleLocales, toSiteArticle, type ArticleMappingOptions } from './toSiteArticle.ts';
export { toDirectoryCuration, type CmsDirectoryGroup } from './toDirectoryCuration.ts';
export { toSiteSection } from './toSiteSection.ts';
