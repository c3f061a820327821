import type { CollectionConfig } from 'payload';
import { demoField, label, portalField } from '../fields/index.ts';
import { locales } from '../locales.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/** A contact message, or a question for the referents of a theme. */
export const messageKinds = ['contact', 'question'] as const;
export type MessageKind = (typeof messageKinds)[number];

export const senderKinds = ['individual', 'professional'] as const;
export const messageStates = ['new', 'answered', 'closed'] as const;
export type MessageState = (typeof messageStates)[number];

/** Longest value of each field a reader writes, in characters (the pages' `maxlength`). */
export const messageLimits = { name: 120, email: 254, subject: 200, message: 5000 } as const;

const kindLabels = {
  contact: label('Contact', 'Contact'),
  question: label('Question aux référents', 'Vraag aan de referenten'),
};
const senderLabels = {
  individual: label('Particulier', 'Particulier'),
  professional: label('Professionnel', 'Professional'),
};
const stateLabels = {
  new: label('Nouveau', 'Nieuw'),
  answered: label('Répondu', 'Beantwoord'),
  closed: label('Clôturé', 'Afgesloten'),
};

/**
 * The inbox (issue #12): what readers send through a portal's forms, stored as plain text.
 * Written by the form endpoints only; read by the staff of the portal and, for a question,
 * the referents of its theme. Deleted after the retention period of the portal.
 */
export const Messages = {
  slug: collectionSlugs.messages,
  typescript: { interface: 'InboxMessage' },
  labels: {
    singular: label('Message reçu', 'Ontvangen bericht'),
    plural: label('Messages reçus', 'Ontvangen berichten'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.messages],
    defaultColumns: ['subject', 'kind', 'name', 'portal', 'state', 'createdAt'],
    group: label('Lecteurs', 'Lezers'),
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: messageKinds.map((value) => ({ value, label: kindLabels[value] })),
      label: label('Formulaire', 'Formulier'),
      admin: { position: 'sidebar', readOnly: true },
    },
    portalField({ admin: { position: 'sidebar', readOnly: true } }),
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: locales.map((code) => ({ value: code, label: code.toUpperCase() })),
      label: label('Langue', 'Taal'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'new',
      options: messageStates.map((value) => ({ value, label: stateLabels[value] })),
      label: label('État', 'Status'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'senderKind',
      type: 'select',
      options: senderKinds.map((value) => ({ value, label: senderLabels[value] })),
      label: label('Expéditeur', 'Afzender'),
      admin: { readOnly: true },
    },
    {
      name: 'name',
      type: 'text',
      maxLength: messageLimits.name,
      label: label('Nom', 'Naam'),
      admin: { readOnly: true },
    },
    {
      name: 'email',
      type: 'email',
      required: true,
      label: label('E-mail', 'E-mail'),
      admin: { readOnly: true },
    },
    {
      name: 'subject',
      type: 'text',
      maxLength: messageLimits.subject,
      label: label('Objet', 'Onderwerp'),
      admin: { readOnly: true },
    },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: messageLimits.message,
      label: label('Message', 'Bericht'),
      admin: { readOnly: true },
    },
    {
      name: 'theme',
      type: 'relationship',
      relationTo: collectionSlugs.themes,
      index: true,
      label: label('Thème', 'Thema'),
      admin: { readOnly: true, condition: (data) => data.kind === 'question' },
    },
    {
      name: 'reply',
      type: 'textarea',
      maxLength: messageLimits.message,
      label: label('Réponse', 'Antwoord'),
      admin: {
        description: label(
          'Envoyée par e-mail avec le bouton « Répondre par e-mail ».',
          'Verstuurd per e-mail met de knop "Per e-mail antwoorden".',
        ),
      },
    },
    {
      name: 'answeredAt',
      type: 'date',
      label: label('Répondu le', 'Beantwoord op'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'faqEntry',
      type: 'relationship',
      relationTo: collectionSlugs.faq,
      label: label('Question fréquente créée', 'Aangemaakte veelgestelde vraag'),
      admin: { position: 'sidebar', readOnly: true, condition: (data) => data.kind === 'question' },
    },
    demoField(),
  ],
} satisfies CollectionConfig;
