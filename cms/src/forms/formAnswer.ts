import {
  formErrorPath,
  formThanksPath,
  type FormKind,
  type FormRefusal,
  type Locale,
} from '@portals/content-models';

/** Where the answer goes: the form, its page's language and the portal's public address. */
export interface AnswerTarget {
  form: FormKind;
  locale: Locale;
  /** The portal's configured public address (`SITE_URL_<PORTAL>`), never one from the request. */
  siteUrl: string;
}

const refusalStatus: Record<FormRefusal, number> = {
  invalid: 400,
  'too-fast': 400,
  'rate-limited': 429,
  'too-large': 413,
};

/** A script posting in place asks for JSON; a plain form post gets a redirect. */
export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}

function redirect(location: URL): Response {
  return new Response(null, { status: 303, headers: { location: location.href } });
}

/** The answer to an accepted post: `{ ok: true }`, or a 303 to the portal's thank-you page. */
export function acceptedAnswer(request: Request, target: AnswerTarget): Response {
  if (wantsJson(request)) return Response.json({ ok: true });
  return redirect(new URL(formThanksPath(target.form, target.locale), target.siteUrl));
}

/**
 * The answer to a refused post: `{ errors: { field: message } }` with the refusal's status
 * (a whole-form refusal under the key `form`), or a 303 to the portal's error page of that
 * reason.
 */
export function refusedAnswer(
  request: Request,
  target: AnswerTarget,
  reason: FormRefusal,
  errors: Record<string, string>,
  retryAfterMs = 0,
): Response {
  const headers = new Headers();
  if (retryAfterMs > 0) headers.set('retry-after', String(Math.ceil(retryAfterMs / 1000)));
  if (!wantsJson(request)) {
    headers.set(
      'location',
      new URL(formErrorPath(target.form, target.locale, reason), target.siteUrl).href,
    );
    return new Response(null, { status: 303, headers });
  }
  return Response.json({ errors }, { status: refusalStatus[reason], headers });
}
