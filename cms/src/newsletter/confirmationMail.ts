import { getPortal, type Locale, type PortalId } from '@portals/content-models';
import { buttonHtml, mailLayout, paragraphHtml } from './mailLayout.ts';

/** How long a confirmation link works: after that, signing up again sends a new one. */
export const confirmationTtlDays = 7;

const wording = {
  fr: {
    subject: (portal: string) => `Confirmez votre inscription à la lettre de ${portal}`,
    intro: (portal: string) =>
      `Vous (ou quelqu’un qui a utilisé votre adresse) avez demandé à recevoir la lettre d’information de ${portal}.`,
    action: 'Confirmer mon inscription',
    expiry: `Ce lien est valable ${confirmationTtlDays} jours.`,
    ignore: 'Si vous n’avez rien demandé, ignorez ce message : vous ne recevrez rien.',
  },
  nl: {
    subject: (portal: string) => `Bevestig uw inschrijving op de nieuwsbrief van ${portal}`,
    intro: (portal: string) =>
      `U (of iemand die uw adres gebruikte) vroeg om de nieuwsbrief van ${portal} te ontvangen.`,
    action: 'Mijn inschrijving bevestigen',
    expiry: `Deze link is ${confirmationTtlDays} dagen geldig.`,
    ignore: 'Hebt u niets gevraagd? Negeer dan dit bericht: u ontvangt niets.',
  },
} satisfies Record<Locale, unknown>;

export interface MailContent {
  subject: string;
  html: string;
  text: string;
}

/** The double opt-in e-mail: one link that confirms, in the subscriber's language. */
export function confirmationMail(
  portalId: PortalId,
  locale: Locale,
  confirmUrl: string,
): MailContent {
  const words = wording[locale];
  const portal = getPortal(portalId).name[locale];
  const subject = words.subject(portal);
  const html = mailLayout({
    locale,
    portalName: portal,
    title: subject,
    bodyHtml: [
      paragraphHtml(words.intro(portal)),
      buttonHtml(words.action, confirmUrl),
      paragraphHtml(words.expiry),
      paragraphHtml(words.ignore),
    ].join('\n'),
    footer: [{ text: portal }],
  });
  const colon = locale === 'fr' ? ' : ' : ': ';
  const text = [
    words.intro(portal),
    `${words.action}${colon}${confirmUrl}`,
    words.expiry,
    words.ignore,
  ].join('\n\n');
  return { subject, html, text };
}
