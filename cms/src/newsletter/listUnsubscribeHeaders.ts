/**
 * RFC 2369 and RFC 8058 headers: mail clients show their own "unsubscribe" button, and one
 * click POSTs `List-Unsubscribe=One-Click` to the https link, with no page in between. The
 * mailto form is there for clients without one-click support.
 */
export function listUnsubscribeHeaders(
  unsubscribeUrl: string,
  mailto?: string,
): Record<string, string> {
  const targets = [`<${unsubscribeUrl}>`];
  if (mailto) targets.push(`<mailto:${mailto}?subject=unsubscribe>`);
  return {
    'List-Unsubscribe': targets.join(', '),
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
