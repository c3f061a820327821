import type { SiteConfig } from '../site/defineSiteConfig.ts';
import type { PortalData } from '../site/portalData.ts';
import type { SiteRoute } from './contract.ts';

/**
 * What the page hands every part (kitParts.ts): the site, the build's data, the page's route
 * and the build's clock, for parts that depend on the date (what is next, what has ended).
 */
export interface PartProps {
  site: SiteConfig;
  data: PortalData;
  route: SiteRoute;
  now: Date;
}
