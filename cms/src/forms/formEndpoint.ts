import type { Endpoint, PayloadRequest } from 'payload';
import { clientOf } from '../auth/clientOf.ts';
import type { CmsEnv } from '../env.ts';
import { refusedAnswer } from './formAnswer.ts';
import type { FormSpec, GuardedSubmission } from './formSpec.ts';
import { formThrottle, type FormThrottle } from './formThrottle.ts';
import { guardSubmission } from './guardSubmission.ts';
import type { PortalId, Locale } from '@portals/content-models';

/** Stores an accepted submission; returns field errors found against the database, or null. */
export type AcceptSubmission = (
  req: PayloadRequest,
  submission: GuardedSubmission<PortalId, Locale>,
) => Promise<Record<string, string> | null>;

export interface FormEndpointOptions {
  siteUrls: Readonly<Record<PortalId, string>>;
  throttle: FormThrottle;
}

/** What every public form of the CMS shares: the portals' origins and one throttle. */
export function publicFormOptions(env: Pick<CmsEnv, 'siteUrls'>): FormEndpointOptions {
  return { siteUrls: env.siteUrls, throttle: formThrottle };
}

/**
 * Lets the portal's page read a script's JSON answer: the portal the form names, and no
 * credentials (the forms need no session, and the admin's cookie must never ride along).
 */
function allowPortalOrigin(
  response: Response,
  req: Request,
  siteUrls: FormEndpointOptions['siteUrls'],
) {
  const origin = req.headers.get('origin');
  if (origin && Object.values(siteUrls).includes(origin)) {
    response.headers.set('access-control-allow-origin', origin);
  }
  response.headers.append('vary', 'Origin');
  return response;
}

/** `POST /api/<path>`: a public form, behind the guard, handing accepted posts to `accept`. */
export function formEndpoint(
  path: string,
  spec: FormSpec,
  accept: AcceptSubmission,
  options: FormEndpointOptions,
): Endpoint {
  return {
    path,
    method: 'post',
    handler: async (req) => {
      const request = req as unknown as Request;
      const guarded = await guardSubmission(request, spec, {
        siteUrls: options.siteUrls,
        throttle: options.throttle,
        client: clientOf(req),
      });
      if (!guarded.accepted) return allowPortalOrigin(guarded.answer, request, options.siteUrls);
      const errors = await accept(req, guarded.submission);
      const answer = errors
        ? refusedAnswer(request, guarded.target, 'invalid', errors)
        : guarded.answer;
      return allowPortalOrigin(answer, request, options.siteUrls);
    },
  };
}
