export type {
  ContentKind,
  EntryPoint,
  KitCollections,
  KitEntries,
  KitEntry,
  KitLoaderOptions,
  KitLogger,
  PortalFeature,
  RouteBase,
  RouteContext,
  RouteKinds,
  RouteOf,
  SiteRoute,
  ToEntryContext,
} from './contract.ts';
// Types only: the views' registry imports every view, which only the injected pages may load.
export type { FeatureViews, FileView } from './kitViews.ts';
export type { ArticlePartPlace, FeatureParts } from './kitParts.ts';
export { kitEntries } from './kitEntries.ts';
export { portalCollections, type PortalCollectionsOptions } from './portalCollections.ts';
export { readPortalData, type ReadCollection } from './readPortalData.ts';
export { pageCacheKeys } from './pageCache/pageCacheKeys.ts';
export {
  endPageTrace,
  pageReads,
  startPageTrace,
  type PageRecord,
  type PageTrace,
} from './pageCache/pageTrace.ts';
export { trackReads } from './pageCache/trackReads.ts';
export { collectionNames, siteFeatures } from './siteFeatures.ts';
export { agendaFeature, createAgendaFeature } from '../features/agenda/feature.ts';
export { articleKind } from '../features/articles/articleKind.ts';
export { articlesFeature } from '../features/articles/feature.ts';
export { directoryFeature, type DirectoryFeatureOptions } from '../features/directory/feature.ts';
export { documentsFeature } from '../features/documents/feature.ts';
export { faqFeature } from '../features/faq/feature.ts';
export { formsFeature, questionFeature } from '../features/forms/feature.ts';
export { homeFeature } from '../features/home/feature.ts';
export { hospitalsFeature } from '../features/hospitals/feature.ts';
export { journeysFeature } from '../features/journeys/feature.ts';
export {
  createMidwivesFeature,
  midwivesFeature,
  type MidwivesFeatureOptions,
} from '../features/midwives/feature.ts';
export { defaultUnionSearch, type UnionSearch } from '../features/midwives/unionSearch.ts';
export { mutualitiesFeature } from '../features/mutualities/feature.ts';
export { newsFeature } from '../features/news/feature.ts';
export { newsletterFeature, newsletterPath } from '../features/newsletter/feature.ts';
export { portalHomeFeature } from '../features/portalHome/feature.ts';
export { pagesFeature } from '../features/pages/feature.ts';
export { redirectsFeature } from '../features/redirects/feature.ts';
export { resolveRedirects, type RedirectRule } from '../features/redirects/resolveRedirects.ts';
export { searchFeature } from '../features/search/feature.ts';
export { sectionsFeature } from '../features/sections/feature.ts';
export { sectionKind } from '../features/sections/sectionKind.ts';
export { projectsFeature } from '../features/projects/feature.ts';
export { toolsFeature } from '../features/tools/feature.ts';
export { validationFeature } from '../features/validation/feature.ts';
