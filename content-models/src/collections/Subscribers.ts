import type { CollectionConfig } from 'payload';
import { demoField, label, portalField } from '../fields/index.ts';
import { locales } from '../locales.ts';
import { collectionSlugs } from '../slugs.ts';

/** A subscriber's consent: given (pending), confirmed by the link, or withdrawn. */
export const subscriberStates = ['pending', 'confirmed', 'unsubscribed'] as const;
export type SubscriberState = (typeof subscriberStates)[number];

const stateLabels: Record<SubscriberState, ReturnType<typeof label>> = {
  pending: label('À confirmer', 'Te bevestigen'),
  confirmed: label('Confirmé', 'Bevestigd'),
  unsubscribed: label('Désinscrit', 'Uitgeschreven'),
};

/**
 * The readers of a portal's newsletter. Personal data: never readable through the public API,
 * only by the editors of that portal (and admins); one address per portal.
 */
export const Subscribers = {
  slug: collectionSlugs.subscribers,
  labels: { singular: label('Abonné', 'Abonnee'), plural: label('Abonnés', 'Abonnees') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'portal', 'locale', 'state', 'confirmedAt', 'bounced'],
    group: label('Lettre d’information', 'Nieuwsbrief'),
  },
  indexes: [{ fields: ['portal', 'email'], unique: true }],
  fields: [
    { name: 'email', type: 'email', required: true, index: true, label: label('E-mail', 'E-mail') },
    portalField({ admin: { position: 'sidebar', readOnly: true } }),
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: locales.map((code) => ({ value: code, label: code.toUpperCase() })),
      label: label('Langue', 'Taal'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: subscriberStates.map((value) => ({ value, label: stateLabels[value] })),
      label: label('État', 'Status'),
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: label('Confirmé le', 'Bevestigd op'),
      admin: { readOnly: true },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: label('Désinscrit le', 'Uitgeschreven op'),
      admin: { readOnly: true },
    },
    {
      name: 'bounced',
      type: 'checkbox',
      defaultValue: false,
      label: label('Adresse en erreur (plus d’envoi)', 'Foutief adres (geen verzending meer)'),
    },
    demoField(),
  ],
} satisfies CollectionConfig;
