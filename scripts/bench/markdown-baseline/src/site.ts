import { portals } from '@portals/content-models';
import { articlesFeature } from '@portals/shared/kit';
import { defineSiteConfig } from '@portals/shared/site';

/**
 * Hospichild showing articles only: the same page component and route table as the portal,
 * only the content source differs. In a module of its own because `getStaticPaths` sees
 * imports, not the page's own variables.
 */
export const site = defineSiteConfig({ portal: portals.hospichild, features: [articlesFeature] });
