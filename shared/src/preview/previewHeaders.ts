/**
 * Headers of every preview answer, shown draft or refusal: never stored by a browser or
 * proxy, never indexed, and the token in the URL never sent on as a referrer.
 */
export const previewHeaders: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'no-referrer',
};
