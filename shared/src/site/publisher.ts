import type { Locale } from '@portals/content-models';

/** A text in the portal's languages; French, the reference, is required. */
export type PortalText = Partial<Record<Locale, string>> & { fr: string };

/** Who publishes a portal: named on the contact, accessibility and privacy pages. */
export interface Publisher {
  /** The organisation's name, e.g. `{ fr: 'CDCS-CMDC asbl', nl: 'CDCS-CMDC vzw' }`. */
  name: PortalText;
  /** Where readers write, accessibility problems and privacy requests included. */
  email: string;
  /** As written for readers ("02 000 00 00"); linked with `telHref`. */
  phone?: string;
  /** Postal address, one line per entry, per language (Brussels streets have two names). */
  address: Partial<Record<Locale, string[]>> & { fr: string[] };
  /**
   * The body a reader turns to when the publisher does not answer an accessibility complaint
   * (the enforcement procedure of Directive (EU) 2016/2102); which one depends on the
   * publisher's public authority, so each portal names its own.
   */
  complaintBody?: { name: PortalText; url: string };
  /** Invented values, shown with the demonstration badge. @default false */
  isDemo?: boolean;
}

/** A publisher's details in one language, French standing in for a missing translation. */
export interface LocalPublisher {
  name: string;
  email: string;
  phone: string | undefined;
  address: string[];
  complaintBody: { name: string; url: string } | undefined;
  isDemo: boolean;
}

// French is the portals' reference language: every text has it (`PortalText`).
const text = (value: PortalText, locale: Locale) => value[locale] ?? value.fr;

/** Stands in until a portal names its publisher, so the footer pages never print blanks. */
export const demoPublisher: Publisher = {
  name: { fr: 'Éditeur de démonstration asbl', nl: 'Demonstratie-uitgever vzw' },
  email: 'contact@example.be',
  phone: '02 000 00 00',
  address: {
    fr: ['Rue de l’Exemple 1', '1000 Bruxelles'],
    nl: ['Voorbeeldstraat 1', '1000 Brussel'],
  },
  isDemo: true,
};

/** The publisher's details in `locale`, the demonstration publisher when none is set. */
export function localPublisher(publisher: Publisher | undefined, locale: Locale): LocalPublisher {
  const chosen = publisher ?? demoPublisher;
  return {
    name: text(chosen.name, locale),
    email: chosen.email,
    phone: chosen.phone,
    address: chosen.address[locale] ?? chosen.address.fr,
    complaintBody: chosen.complaintBody && {
      name: text(chosen.complaintBody.name, locale),
      url: chosen.complaintBody.url,
    },
    isDemo: chosen.isDemo ?? false,
  };
}
