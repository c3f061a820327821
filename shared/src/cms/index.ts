export { articleDocSchema, articleFields, type ArticleDoc } from './articleDocSchema.ts';
export { CmsError } from './CmsError.ts';
export { cmsLoader, type CmsLoaderOptions } from './cmsLoader.ts';
export { encodeQuery, selectFields, type QueryValue } from './encodeQuery.ts';
export { fetchAllPages, type FetchAllPagesOptions, type PageProgress } from './fetchAllPages.ts';
export {
  idsPerRequest,
  type CmsReadOptions,
  type CmsRequest,
  type DocVersion,
} from './fetchDocs.ts';
export { kindPath, kindRequest, kindVersionsRequest } from './kindRequest.ts';
export {
  docLabel,
  keepPublished,
  readKind,
  readKindVersions,
  type CmsLogger,
  type ReadOptions,
} from './readKind.ts';
export {
  cmsDirectoryCuration,
  readDirectoryCuration,
  type CurationReadOptions,
} from './readDirectoryCuration.ts';
export { filterMidwives, type MidwifeFilter } from './filterMidwives.ts';
export { docIdSchema, localized, relationIdSchema, textIn } from './localized.ts';
export { midwifeDocSchema, midwifeFields, type SiteMidwife } from './midwifeDocSchema.ts';
export { readMidwives, type MidwivesReadOptions } from './readMidwives.ts';
export {
  describeSync,
  syncCollection,
  type SyncedEntry,
  type SyncReport,
  type SyncSource,
} from './syncCollection.ts';
export { sectionDocSchema, sectionFields, type SectionDoc } from './sectionDocSchema.ts';
export {
  articleTranslationSchema,
  siteArticleSchema,
  type ArticleTranslation,
  type SiteArticle,
} from './siteArticleSchema.ts';
export { siteImageSchema, type SiteImage } from './siteImageSchema.ts';
export {
  sectionTranslationSchema,
  siteSectionSchema,
  type SectionTranslation,
  type SiteSection,
} from './siteSectionSchema.ts';
export { articleLocales, toSiteArticle, type ArticleMappingOptions } from './toSiteArticle.ts';
export { toDirectoryCuration, type CmsDirectoryGroup } from './toDirectoryCuration.ts';
export { toSiteSection } from './toSiteSection.ts';
