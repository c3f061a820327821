import { getPortal, type Locale, type PortalId } from '@portals/content-models';
import type { MessageKind } from '@portals/content-models/collections';

/** An e-mail of the forms: plain text only, so nothing a reader typed can be markup anywhere. */
export interface FormMail {
  subject: string;
  text: string;
}

const acknowledgement: Record<MessageKind, Record<Locale, (portal: string) => FormMail>> = {
  contact: {
    fr: (portal) => ({
      subject: `${portal} : votre message est bien arrivé`,
      text:
        `Bonjour,\n\nNous avons bien reçu votre message envoyé depuis ${portal}. ` +
        `L’équipe vous répondra par e-mail.\n\n` +
        `Si vous n’avez rien envoyé, ignorez cet e-mail : quelqu’un a indiqué votre adresse par erreur.`,
    }),
    nl: (portal) => ({
      subject: `${portal}: uw bericht is goed aangekomen`,
      text:
        `Goedendag,\n\nWe hebben uw bericht via ${portal} goed ontvangen. ` +
        `Het team antwoordt u per e-mail.\n\n` +
        `Hebt u niets verstuurd? Negeer dan deze e-mail: iemand heeft uw adres per vergissing opgegeven.`,
    }),
  },
  question: {
    fr: (portal) => ({
      subject: `${portal} : votre question est bien arrivée`,
      text:
        `Bonjour,\n\nNous avons bien reçu votre question envoyée depuis ${portal}. ` +
        `Elle est transmise aux référents du thème ; la réponse vous arrivera par e-mail.\n\n` +
        `Si vous n’avez rien envoyé, ignorez cet e-mail : quelqu’un a indiqué votre adresse par erreur.`,
    }),
    nl: (portal) => ({
      subject: `${portal}: uw vraag is goed aangekomen`,
      text:
        `Goedendag,\n\nWe hebben uw vraag via ${portal} goed ontvangen. ` +
        `Ze gaat naar de referenten van het thema; het antwoord krijgt u per e-mail.\n\n` +
        `Hebt u niets verstuurd? Negeer dan deze e-mail: iemand heeft uw adres per vergissing opgegeven.`,
    }),
  },
};

/**
 * The acknowledgement to the address a reader gave. It repeats nothing the reader typed (not
 * even the name): whoever gives someone else's address cannot make the CMS carry their words.
 */
export function acknowledgementMail(kind: MessageKind, portal: PortalId, locale: Locale): FormMail {
  return acknowledgement[kind][locale](getPortal(portal).name[locale]);
}

export interface NotifiedMessage {
  kind: MessageKind;
  portal: PortalId;
  subject: string;
  name: string;
  senderKind: string;
  message: string;
  theme?: string;
}

/** The notice to the staff (and referents): the message in full, and the link to answer it. */
export function notificationMail(message: NotifiedMessage, link: string): FormMail {
  const portal = getPortal(message.portal).name.fr;
  const what = message.kind === 'question' ? 'Question / Vraag' : 'Message / Bericht';
  const theme = message.theme ? `Thème / Thema : ${message.theme}\n` : '';
  return {
    subject: `${portal} · ${what} : ${message.subject}`,
    text:
      `${what} — ${portal}\n` +
      `De / Van : ${message.name} (${message.senderKind})\n${theme}` +
      `Objet / Onderwerp : ${message.subject}\n\n${message.message}\n\n` +
      `Répondre depuis l’administration / Antwoorden vanuit het beheer : ${link}`,
  };
}

/** The answer to a reader, in their language, with their question quoted. */
export function replyMail(
  locale: Locale,
  portal: PortalId,
  subject: string,
  reply: string,
): FormMail {
  const name = getPortal(portal).name[locale];
  return locale === 'nl'
    ? { subject: `${name}: antwoord op "${subject}"`, text: `Goedendag,\n\n${reply}\n\n— ${name}` }
    : { subject: `${name} : réponse à « ${subject} »`, text: `Bonjour,\n\n${reply}\n\n— ${name}` };
}
