import type { Endpoint } from 'payload';
import type { CmsEnv } from '../env.ts';
import { confirmEndpoint } from './confirmEndpoint.ts';
import { subscribeEndpoint } from './subscribeEndpoint.ts';
import { unsubscribeEndpoint, unsubscribePageEndpoint } from './unsubscribeEndpoints.ts';

/** The public endpoints of the newsletter (issue #12), under `/api/newsletter/`. */
export function newsletterEndpoints(env: Pick<CmsEnv, 'siteUrls'>): Endpoint[] {
  return [subscribeEndpoint(env), confirmEndpoint, unsubscribePageEndpoint, unsubscribeEndpoint];
}
