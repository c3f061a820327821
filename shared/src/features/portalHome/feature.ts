import type { PortalFeature } from '../../kit/contract.ts';
import { portalHomeKind } from './portalHomeKind.ts';

/**
 * Reads the portal record's home settings (the home page's `announcement` and `featured`
 * blocks). It adds no page: the home page every portal has shows them.
 */
export const portalHomeFeature: PortalFeature = {
  name: 'portalHome',
  kinds: [portalHomeKind],
};
