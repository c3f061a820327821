import type { CollectionConfig } from 'payload';
import { label } from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';

/**
 * `pending` → `sending` (claimed, written before the SMTP call) → `sent` | `failed`. A
 * delivery left `sending` by a crash is never sent again: the mail may have gone out.
 */
export const deliveryStates = ['pending', 'sending', 'sent', 'failed'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

/**
 * One edition to one subscriber: the record that makes a send resumable and exactly-once per
 * recipient (unique edition × subscriber). Written by the CMS only; admins may read them.
 */
export const NewsletterDeliveries = {
  slug: collectionSlugs.newsletterDeliveries,
  labels: { singular: label('Envoi', 'Verzending'), plural: label('Envois', 'Verzendingen') },
  admin: {
    useAsTitle: 'email',
    group: label('Lettre d’information', 'Nieuwsbrief'),
    defaultColumns: ['email', 'edition', 'state', 'sentAt'],
  },
  indexes: [{ fields: ['edition', 'subscriber'], unique: true }],
  fields: [
    {
      name: 'edition',
      type: 'relationship',
      relationTo: collectionSlugs.newsletterEditions,
      required: true,
      index: true,
    },
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: collectionSlugs.subscribers,
      required: true,
    },
    { name: 'email', type: 'text', required: true },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      options: deliveryStates.map((value) => ({ value, label: value })),
    },
    { name: 'error', type: 'text' },
    { name: 'sentAt', type: 'date' },
  ],
} satisfies CollectionConfig;
