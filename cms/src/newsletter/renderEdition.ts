import type { Locale } from '@portals/content-models';
import type { MailContent } from './confirmationMail.ts';
import type { EditionContent, EditionItem } from './editionContent.ts';
import { escapeHtml } from './escapeHtml.ts';
import { mailLayout, paragraphHtml } from './mailLayout.ts';

const wording = {
  fr: {
    news: 'Actualités',
    events: 'Agenda',
    readOnline: 'Lire cette lettre en ligne',
    why: (portal: string) =>
      `Vous recevez cette lettre parce que vous vous êtes inscrit·e sur ${portal}.`,
    unsubscribe: 'Se désinscrire',
    colon: ' : ',
  },
  nl: {
    news: 'Nieuws',
    events: 'Agenda',
    readOnline: 'Deze nieuwsbrief online lezen',
    why: (portal: string) => `U ontvangt deze nieuwsbrief omdat u zich inschreef op ${portal}.`,
    unsubscribe: 'Uitschrijven',
    colon: ': ',
  },
} satisfies Record<Locale, unknown>;

function sectionHtml(heading: string, items: EditionItem[]): string {
  if (items.length === 0) return '';
  const rows = items
    .map(
      (item) =>
        `<tr><td style="padding:0 0 16px;"><a href="${escapeHtml(item.url)}" style="color:#1d4f91;font-weight:bold;font-size:17px;">${escapeHtml(item.title)}</a>` +
        (item.detail ? `<br><span style="color:#333333;">${escapeHtml(item.detail)}</span>` : '') +
        '</td></tr>',
    )
    .join('\n');
  return `<h2 style="margin:24px 0 12px;font-size:19px;color:#1a1a1a;">${escapeHtml(heading)}</h2>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
${rows}
</table>`;
}

function sectionText(heading: string, items: EditionItem[]): string {
  if (items.length === 0) return '';
  const lines = items.map((item) =>
    [`* ${item.title}`, item.detail ? `  ${item.detail}` : '', `  ${item.url}`]
      .filter(Boolean)
      .join('\n'),
  );
  return `${heading.toUpperCase()}\n\n${lines.join('\n\n')}`;
}

/**
 * An edition as one subscriber receives it: HTML (see `mailLayout`) and the same content as
 * plain text, with the subscriber's own unsubscribe link in both.
 */
export function renderEdition(content: EditionContent, unsubscribeUrl: string): MailContent {
  const words = wording[content.locale];
  const html = mailLayout({
    locale: content.locale,
    portalName: content.portalName,
    title: content.title,
    bodyHtml: [
      `<h1 style="margin:0 0 16px;font-size:22px;color:#1a1a1a;">${escapeHtml(content.title)}</h1>`,
      content.editorWord ? paragraphHtml(content.editorWord) : '',
      sectionHtml(words.news, content.news),
      sectionHtml(words.events, content.events),
    ]
      .filter(Boolean)
      .join('\n'),
    footer: [
      { text: words.readOnline, href: content.webUrl },
      { text: words.why(content.portalName) },
      { text: words.unsubscribe, href: unsubscribeUrl },
    ],
  });
  const text = [
    content.title,
    content.editorWord,
    sectionText(words.news, content.news),
    sectionText(words.events, content.events),
    '--',
    `${words.readOnline}${words.colon}${content.webUrl}`,
    words.why(content.portalName),
    `${words.unsubscribe}${words.colon}${unsubscribeUrl}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return { subject: `${content.portalName} · ${content.title}`, html, text };
}
