import type { Endpoint } from 'payload';
import { confirmEndpoint } from './confirmEndpoint.ts';
import { subscribeEndpoint } from './subscribeEndpoint.ts';
import { unsubscribeEndpoint, unsubscribePageEndpoint } from './unsubscribeEndpoints.ts';

/** The public endpoints of the newsletter (issue #12), under `/api/newsletter/`. */
export const newsletterEndpoints: Endpoint[] = [
  subscribeEndpoint,
  confirmEndpoint,
  unsubscribePageEndpoint,
  unsubscribeEndpoint,
];
