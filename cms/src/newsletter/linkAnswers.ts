import type { NewsletterResult } from '@portals/content-models';
import { resultPageUrl, type LinkScope } from './newsletterLinks.ts';

// A link's answer names a subscriber: no proxy or search engine keeps it.
const privateHeaders = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' };

/** 303 to one of the portal's result pages. */
export function toResultPage(scope: LinkScope, result: NewsletterResult): Response {
  return new Response(null, {
    status: 303,
    headers: { ...privateHeaders, location: resultPageUrl(scope, result) },
  });
}

/** A link that names no portal of ours: nowhere safe to send the reader, so a plain answer. */
export function unknownLink(): Response {
  return new Response('Lien incomplet ou modifié. / Onvolledige of gewijzigde link.\n', {
    status: 400,
    headers: { ...privateHeaders, 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** A plain-text answer (to mail clients' one-click requests). */
export function plainAnswer(status: number, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { ...privateHeaders, 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** An HTML page the CMS serves itself (the unsubscribe button). */
export function htmlAnswer(html: string): Response {
  return new Response(html, {
    status: 200,
    headers: { ...privateHeaders, 'content-type': 'text/html; charset=utf-8' },
  });
}
