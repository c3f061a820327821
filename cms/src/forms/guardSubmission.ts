import {
  formControlFields,
  getPortal,
  isPortalId,
  type FormRefusal,
  type Locale,
  type PortalId,
} from '@portals/content-models';
import { refusal } from '../input/refuse.ts';
import { checkFields } from './checkFields.ts';
import { acceptedAnswer, refusedAnswer, type AnswerTarget } from './formAnswer.ts';
import { refusalMessage, unknownForm } from './formMessages.ts';
import type { FormSpec, GuardedSubmission } from './formSpec.ts';
import type { FormThrottle } from './formThrottle.ts';
import { readFormBody } from './readFormBody.ts';

export const defaultMinFillMs = 3000;
export const defaultMaxBodyBytes = 32 * 1024;

export interface GuardContext {
  /** Each portal's public address: where the answers redirect. */
  siteUrls: Readonly<Record<PortalId, string>>;
  throttle: FormThrottle;
  /** The client address (`clientOf`). */
  client: string;
  now?: () => number;
}

/**
 * What the guard decided. `accepted` carries the submission and the answer to send once it
 * is stored; otherwise `answer` is the whole reply (a refusal, or for a filled honeypot the
 * same answer as an accepted post, so a robot learns nothing, with nothing stored).
 */
export type Guarded =
  | {
      accepted: true;
      submission: GuardedSubmission<PortalId, Locale>;
      answer: Response;
      /** Where a refusal found after the guard (a field checked against the database) goes. */
      target: AnswerTarget;
    }
  | { accepted: false; answer: Response };

/** The portal and language a form names in its action URL (`?portal=…&locale=…`). */
function targetOf(request: Request, spec: FormSpec, context: GuardContext) {
  const query = new URL(request.url).searchParams;
  const portalId = query.get(formControlFields.portal);
  if (!isPortalId(portalId)) return null;
  const locale = getPortal(portalId).locales.find(
    (candidate) => candidate === query.get(formControlFields.locale),
  );
  if (!locale) return null;
  const target: AnswerTarget = { form: spec.form, locale, siteUrl: context.siteUrls[portalId] };
  return { portal: portalId, target };
}

/**
 * The abuse guard of a public form endpoint (issue #12), in the order that costs least: the
 * portal and language from the action URL (no redirect anywhere else), the body's byte cap,
 * the client's rate limit, the honeypot, the fill time, the fields (lengths, e-mail syntax,
 * choices), then the rate limit of the address named. Nothing here looks anything up, so no
 * answer can tell whether an address is known.
 */
export async function guardSubmission(
  request: Request,
  spec: FormSpec,
  context: GuardContext,
): Promise<Guarded> {
  const named = targetOf(request, spec, context);
  if (!named) return { accepted: false, answer: refusal(400, unknownForm.fr, unknownForm.nl) };
  const { portal, target } = named;
  const { locale } = target;
  const refuse = (reason: FormRefusal, wait = 0): Guarded => ({
    accepted: false,
    answer: refusedAnswer(request, target, reason, { form: refusalMessage(reason, locale) }, wait),
  });
  const body = await readFormBody(request, spec.maxBodyBytes ?? defaultMaxBodyBytes);
  if (body === 'too-large') return refuse('too-large');
  const clientWait = context.throttle.client(context.client);
  if (clientWait > 0) return refuse('rate-limited', clientWait);
  if (body === 'malformed') return refuse('invalid');
  if ((body[formControlFields.honeypot] ?? '') !== '') {
    return { accepted: false, answer: acceptedAnswer(request, target) };
  }
  const now = (context.now ?? Date.now)();
  const startedText = body[formControlFields.started] ?? '';
  const started = /^\d{1,15}$/.test(startedText) ? Number(startedText) : Number.NaN;
  if (Number.isNaN(started) || now - started < (spec.minFillMs ?? defaultMinFillMs)) {
    return refuse('too-fast');
  }
  const { values, errors } = checkFields(spec, body, locale);
  if (Object.keys(errors).length > 0) {
    return { accepted: false, answer: refusedAnswer(request, target, 'invalid', errors) };
  }
  const address = spec.emailField ? values[spec.emailField] : undefined;
  const addressWait = address ? context.throttle.address(address) : 0;
  if (addressWait > 0) return refuse('rate-limited', addressWait);
  return {
    accepted: true,
    submission: { portal, locale, values },
    answer: acceptedAnswer(request, target),
    target,
  };
}
