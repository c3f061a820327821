import type { Endpoint } from 'payload';
import type { CmsEnv } from '../env.ts';
import { acceptContact, acceptQuestion } from './acceptMessage.ts';
import { formEndpoint } from './formEndpoint.ts';
import { contactSpec, questionSpec } from './formSpecs.ts';
import { formThrottle } from './formThrottle.ts';

/** `POST /api/forms/contact` and `POST /api/forms/question`, the portals' reader forms. */
export function formEndpoints(env: Pick<CmsEnv, 'siteUrls'>): Endpoint[] {
  const options = { siteUrls: env.siteUrls, throttle: formThrottle };
  return [
    formEndpoint('/forms/contact', contactSpec, acceptContact, options),
    formEndpoint('/forms/question', questionSpec, acceptQuestion, options),
  ];
}
