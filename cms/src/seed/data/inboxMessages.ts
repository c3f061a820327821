import type { Locale, PortalId } from '@portals/content-models';

/** A reader's message of the demo inbox; `theme` is a seed theme key (questions only). */
export interface SeedInboxMessage {
  kind: 'contact' | 'question';
  portal: PortalId;
  locale: Locale;
  senderKind: 'individual' | 'professional';
  name: string;
  email: string;
  subject: string;
  message: string;
  theme?: string;
  state?: 'new' | 'answered' | 'closed';
  reply?: string;
}

/** Fictitious readers (example.invalid addresses), written by us in both languages. */
export const inboxMessages: SeedInboxMessage[] = [
  {
    kind: 'contact',
    portal: 'hospichild',
    locale: 'fr',
    senderKind: 'individual',
    name: 'Parent de démonstration',
    email: 'parent.demo@example.invalid',
    subject: 'Lien cassé sur la page des hôpitaux',
    message:
      'Bonjour, le lien vers le service de pédiatrie ne fonctionne plus depuis cette semaine. Merci de vérifier.',
  },
  {
    kind: 'contact',
    portal: 'hospichild',
    locale: 'nl',
    senderKind: 'professional',
    name: 'Demoverpleegkundige',
    email: 'verpleging.demo@example.invalid',
    subject: 'Brochures voor onze afdeling',
    message:
      'Goedendag, kunnen we gedrukte folders over de rechten van het kind in het ziekenhuis bestellen voor onze wachtzaal?',
    state: 'answered',
    reply:
      'Goedendag, we sturen u graag een pakket. Laat ons weten hoeveel exemplaren u nodig hebt.',
  },
  {
    kind: 'contact',
    portal: 'born-in-brussels',
    locale: 'fr',
    senderKind: 'individual',
    name: 'Future maman (démo)',
    email: 'future.maman@example.invalid',
    subject: 'Consultations prénatales le samedi',
    message: 'Existe-t-il des consultations prénatales le samedi matin à Schaerbeek ?',
  },
  {
    kind: 'question',
    portal: 'seul-avec-enfant',
    locale: 'fr',
    senderKind: 'individual',
    name: 'Parent solo (démo)',
    email: 'parent.solo@example.invalid',
    subject: 'Avance de pension alimentaire',
    message:
      'Le père de mes enfants ne paie plus la pension depuis quatre mois. Le SECAL peut-il m’avancer les montants ?',
    theme: 'maintenance',
  },
];
