import type { Field } from 'payload';
import { label } from './label.ts';
import { message } from './message.ts';
import { urlField } from './urlField.ts';

const phonePattern = /^\+?[0-9 ./()-]{6,20}$/;

/** A phone number as Belgians write it, national or international; empty is fine. */
export function validatePhone(value: unknown): true | string {
  if (value == null || value === '' || (typeof value === 'string' && phonePattern.test(value)))
    return true;
  return message(
    'Numéro de téléphone invalide (ex. +32 2 123 45 67).',
    'Ongeldig telefoonnummer (bv. +32 2 123 45 67).',
  );
}

/**
 * Address, phone, e-mail, website and map coordinates of a place (hospital, union antenna).
 * Street and municipality are localized: Brussels names them in French and in Dutch. What the
 * sites read of them is `ContactDoc` (`../contact.ts`), type-checked against the generated types.
 */
export function contactFields(): Field[] {
  return [
    {
      name: 'address',
      type: 'group',
      label: label('Adresse', 'Adres'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'street',
              type: 'text',
              localized: true,
              label: label('Rue et numéro', 'Straat en nummer'),
            },
            { name: 'postcode', type: 'text', label: label('Code postal', 'Postcode') },
            { name: 'city', type: 'text', localized: true, label: label('Commune', 'Gemeente') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'phone',
          type: 'text',
          validate: validatePhone,
          label: label('Téléphone', 'Telefoon'),
        },
        { name: 'email', type: 'email', label: label('Courriel', 'E-mail') },
        urlField('website', label('Site web', 'Website')),
      ],
    },
    {
      name: 'coordinates',
      type: 'group',
      label: label('Coordonnées géographiques', 'Geografische coördinaten'),
      // Two numbers rather than a point field: SQLite, used locally, has no point type.
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'latitude',
              type: 'number',
              min: -90,
              max: 90,
              label: label('Latitude', 'Breedtegraad'),
            },
            {
              name: 'longitude',
              type: 'number',
              min: -180,
              max: 180,
              label: label('Longitude', 'Lengtegraad'),
            },
          ],
        },
      ],
    },
  ];
}
