import { portals } from '@portals/content-models';
import { directoryFeature } from '@portals/shared/kit';
import { defineSiteConfig } from '@portals/shared/site';

/**
 * Hospichild showing its directory only: the same page component as the portal, the entries
 * from a JSON file. In a module of its own because `getStaticPaths` sees imports, not the
 * page's own variables.
 */
export const site = defineSiteConfig({
  portal: portals.hospichild,
  features: [directoryFeature({ curation: {} })],
});
