import type { PayloadRequest } from 'payload';

/**
 * Runs Local API calls that pass `req` (to share its transaction) without leaving their
 * traces on it: each call writes its `locale` onto the request (the change being saved, in
 * one locale, would then be written as if for every locale) and replaces `req.context` with a
 * copy holding its own `context` (flags meant for one redirect would leak to later ones).
 */
export async function keepingRequestState<T>(
  req: PayloadRequest,
  run: () => Promise<T>,
): Promise<T> {
  const { locale, fallbackLocale, context } = req;
  try {
    return await run();
  } finally {
    req.locale = locale;
    req.fallbackLocale = fallbackLocale;
    req.context = context;
  }
}
