import type { Endpoint } from 'payload';
import type { CmsEnv } from '../env.ts';
import { acceptContact, acceptQuestion } from './acceptMessage.ts';
import { formEndpoint, publicFormOptions } from './formEndpoint.ts';
import { contactSpec, questionSpec } from './formSpecs.ts';

/** `POST /api/forms/contact` and `POST /api/forms/question`, the portals' reader forms. */
export function formEndpoints(env: Pick<CmsEnv, 'siteUrls'>): Endpoint[] {
  const options = publicFormOptions(env);
  return [
    formEndpoint('/forms/contact', contactSpec, acceptContact, options),
    formEndpoint('/forms/question', questionSpec, acceptQuestion, options),
  ];
}
