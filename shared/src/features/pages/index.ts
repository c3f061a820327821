export { pagesFeature } from './feature.ts';
export { footerPageTitle } from './footerPageTitle.ts';
export {
  footerPageFrontmatter,
  readFooterPageFrontmatter,
  type FooterPageFrontmatter,
} from './footerPageFrontmatter.ts';
export {
  footerPagePath,
  footerPages,
  footerPageSegment,
  pagesSegments,
  siteMapPath,
  siteMapSegment,
  type FooterPage,
} from './pagePaths.ts';
export { siteMapOf, type SiteMapGroup, type SiteMapInput, type SiteMapLink } from './siteMapOf.ts';
