import type { PayloadRequest } from 'payload';

/**
 * Runs a nested Local API call on `req` and puts the request's locales back afterwards: the
 * Local API overwrites `req.locale` and `req.fallbackLocale` of the request it is given, which
 * would change the language of the save or read still in progress.
 */
export async function keepRequestLocale<T>(
  req: PayloadRequest,
  call: () => Promise<T>,
): Promise<T> {
  const { locale, fallbackLocale } = req;
  try {
    return await call();
  } finally {
    req.locale = locale;
    req.fallbackLocale = fallbackLocale;
  }
}
