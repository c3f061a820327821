import type { CollectionConfig } from 'payload';
import { brusselsCommunes, spokenLanguages } from '../brussels.ts';
import { demoField, label, portalsField, urlField, validatePhone } from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/** What a midwife offers; families filter on it. */
export const midwifeSpecialities = {
  prenatal: label('Suivi de grossesse', 'Zwangerschapsopvolging'),
  birthPreparation: label('Préparation à la naissance', 'Voorbereiding op de geboorte'),
  homeBirth: label('Accouchement à domicile', 'Thuisbevalling'),
  postnatal: label('Suivi postnatal à domicile', 'Postnatale opvolging aan huis'),
  breastfeeding: label('Allaitement', 'Borstvoeding'),
  perinealRehabilitation: label('Rééducation périnéale', 'Bekkenbodemrevalidatie'),
} as const;

export type MidwifeSpeciality = keyof typeof midwifeSpecialities;

const options = (list: readonly { value: string; fr: string; nl: string }[]) =>
  list.map((item) => ({ value: item.value, label: label(item.fr, item.nl) }));

/**
 * Independent midwives ("trouver une sage-femme" on Born in Brussels): who they are, which
 * languages they speak, which communes they cover. Drafts: only published ones are public.
 */
export const Midwives = {
  slug: collectionSlugs.midwives,
  labels: {
    singular: label('Sage-femme', 'Vroedvrouw'),
    plural: label('Sages-femmes', 'Vroedvrouwen'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.midwives],
    defaultColumns: ['name', 'languages', 'communes', 'portals', '_status'],
    listSearchableFields: ['name'],
  },
  versions: { drafts: true, maxPerDoc: 20 },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Nom', 'Naam') },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      required: true,
      options: options(spokenLanguages),
      label: label('Langues parlées', 'Gesproken talen'),
    },
    {
      name: 'communes',
      type: 'select',
      hasMany: true,
      required: true,
      options: options(brusselsCommunes),
      label: label('Communes desservies', 'Bediende gemeenten'),
    },
    {
      name: 'specialities',
      type: 'select',
      hasMany: true,
      options: Object.entries(midwifeSpecialities).map(([value, text]) => ({
        value,
        label: text,
      })),
      label: label('Spécialités', 'Specialiteiten'),
    },
    {
      name: 'contact',
      type: 'group',
      label: label('Contact', 'Contact'),
      fields: [
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
      ],
    },
    {
      name: 'availability',
      type: 'textarea',
      localized: true,
      label: label('Disponibilités', 'Beschikbaarheid'),
      admin: {
        description: label(
          'Par exemple : consultations le mardi et le jeudi, visites à domicile en semaine.',
          'Bijvoorbeeld: raadplegingen op dinsdag en donderdag, huisbezoeken op weekdagen.',
        ),
      },
    },
    portalsField({ defaultValue: ['born-in-brussels'] }),
    demoField(),
  ],
} satisfies CollectionConfig;
