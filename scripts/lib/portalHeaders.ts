import { createHash } from 'node:crypto';

/** Sent with every answer of a portal (the README's production section lists them). */
export const portalHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

// An executable inline script: no `src`, and a JavaScript type (JSON-LD is data, not code).
const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const dataType = /\btype\s*=\s*["']?(application\/(ld\+)?json|importmap)/i;

/** `'sha256-…'` sources of the inline scripts of a page, for its policy. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(inlineScript)) {
    if (/\bsrc\s*=/i.test(attributes) || dataType.test(attributes) || body.trim() === '') continue;
    hashes.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  return [...hashes];
}

const formTag = /<form\b[^>]*\baction\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi;

/**
 * The origins a page's forms post to (the CMS's form endpoints, issue #12), for its policy:
 * like its inline scripts, a page's own markup says what it needs, so a server needs no
 * setting to know where the CMS is.
 */
export function formOrigins(html: string): string[] {
  const origins = new Set<string>();
  for (const [, action = ''] of html.matchAll(formTag)) {
    if (URL.canParse(action)) origins.add(new URL(action.replace(/&amp;/g, '&')).origin);
  }
  return [...origins];
}

/**
 * The Content-Security-Policy of a portal page: everything from the portal itself, scripts
 * from files (plus the page's own inline scripts by hash), WebAssembly for Pagefind's search,
 * inline styles (Astro inlines small stylesheets), never framed. A page with a reader form
 * may post to, and read the answer of, the origin its form names (`formOrigins`).
 */
export function portalPolicy(
  scriptHashes: readonly string[] = [],
  formTargets: readonly string[] = [],
): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...formTargets].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formTargets].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
}
