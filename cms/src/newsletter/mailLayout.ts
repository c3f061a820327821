import type { Locale } from '@portals/content-models';
import { escapeHtml } from './escapeHtml.ts';

/** The frame every newsletter e-mail shares: the portal's name, the body, the footer links. */
export interface MailFrame {
  locale: Locale;
  /** The portal's name, shown as the heading of the frame. */
  portalName: string;
  /** `<title>` and preheader. */
  title: string;
  /** The body's HTML, already escaped where it carries text. */
  bodyHtml: string;
  /** Footer lines, plain text, each with an optional link. */
  footer: { text: string; href?: string }[];
}

const font = 'font-family:Arial,Helvetica,sans-serif;';

/**
 * A responsive HTML e-mail: one centred table at most 600 px wide that shrinks on phones, inline
 * styles only (most clients drop `<style>`), real text (no text in images), `lang` set so
 * screen readers speak the right language, and `role="presentation"` on layout tables.
 */
export function mailLayout(frame: MailFrame): string {
  const footer = frame.footer
    .map(({ text, href }) =>
      href
        ? `<a href="${escapeHtml(href)}" style="color:#1d4f91;">${escapeHtml(text)}</a>`
        : escapeHtml(text),
    )
    .join('<br>');
  return `<!doctype html>
<html lang="${frame.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(frame.title)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f4f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;">
<tr><td style="padding:24px;${font}font-size:20px;font-weight:bold;color:#1a1a1a;border-bottom:4px solid #1d4f91;">${escapeHtml(frame.portalName)}</td></tr>
<tr><td style="padding:24px;${font}font-size:16px;line-height:1.5;color:#1a1a1a;">
${frame.bodyHtml}
</td></tr>
<tr><td style="padding:16px 24px;${font}font-size:14px;line-height:1.5;color:#4a4a4a;background:#eeeeee;">${footer}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;
}

/** A paragraph of the body: text escaped, line breaks kept. */
export function paragraphHtml(text: string): string {
  return `<p style="margin:0 0 16px;">${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;
}

/** A button-looking link that is still a plain link (works in every client, readable as text). */
export function buttonHtml(text: string, href: string): string {
  return `<p style="margin:24px 0;"><a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 20px;background:#1d4f91;color:#ffffff;text-decoration:underline;font-weight:bold;border-radius:4px;">${escapeHtml(text)}</a></p>`;
}
