export { articleLinkResolver, unresolvedArticleLinks } from './articleLinkResolver.ts';
export { buildRoutes, type RouteInput, type SiteRoute } from './buildRoutes.ts';
export { checkRoutes, reservedSegments } from './checkRoutes.ts';
export { mapUrl, telHref } from './contactLinks.ts';
export { createSectionTree, type SectionTree } from './createSectionTree.ts';
export {
  directoryFacetSegment,
  directoryPath,
  directorySegment,
  filterLabel,
  filterPath,
  idSlug,
  organisationPath,
  type DirectoryFilter,
} from './directoryPaths.ts';
export { directoryRoutes } from '../features/directory/directoryRoutes.ts';
export { helpingOrganisations } from './helpingOrganisations.ts';
export { listArticles, type ArticleListItem, type ListFilter } from './listArticles.ts';
export {
  directoryFilters,
  filterHrefs,
  filterKey,
  filterLinks,
  listOrganisations,
  matchesFilter,
  nameCollator,
  type FilterLink,
  type OrganisationListItem,
} from './listOrganisations.ts';
export {
  localText,
  shortText,
  textBlocks,
  type LocalText,
  type TextBlock,
} from './organisationText.ts';
export { alternatesFor, languageSwitchFor, xDefaultOf, type PageLink } from './pageLinks.ts';
export {
  articlePath,
  articleSegment,
  homePath,
  notFoundPath,
  searchPath,
  searchSegment,
  sectionPath,
} from './paths.ts';
export { sitemapEntries, sitemapXml, type SitemapEntry } from './sitemapXml.ts';
export {
  articleUrl,
  articleUrlOrFallback,
  hasFallbackPage,
  MissingTranslationError,
  sectionUrl,
} from './strictLinks.ts';
export { breadcrumbsFor, buildNavigation, type Crumb, type NavItem } from './buildNavigation.ts';
export {
  defineSiteConfig,
  hasFeature,
  type HeaderOptions,
  type HomeBlock,
  type HomeBlocks,
  type HomeLink,
  type SiteConfig,
} from './defineSiteConfig.ts';
export { portalUrl } from './portalUrl.ts';
export { articlePlacements, type ArticlePlacements, type Placement } from './articlePlacements.ts';
export { byEditorialOrder } from './editorialOrder.ts';
export { portalData, type CollectionEntries, type PortalData } from './portalData.ts';
export { pageHead, type PageHead } from './pageHead.ts';
export {
  demoPublisher,
  localPublisher,
  type LocalPublisher,
  type PortalText,
  type Publisher,
} from './publisher.ts';
export { cmsImageConfig, type RemotePattern } from './cmsImageConfig.ts';
