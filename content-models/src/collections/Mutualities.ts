import type { CollectionConfig } from 'payload';
import {
  contactFields,
  demoField,
  ficheSection,
  label,
  portalsField,
  slugField,
  type Label,
  translationFields,
  workflowFields,
  redirectsHereField,
} from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/** The five national unions of Belgian health-insurance funds. */
export const mutualityUnions = {
  christian: label('Mutualités chrétiennes', 'Christelijke Mutualiteiten'),
  socialist: label(
    'Mutualités socialistes – Solidaris',
    'Socialistische Mutualiteiten – Solidaris',
  ),
  liberal: label('Mutualités libérales', 'Liberale Mutualiteiten'),
  independent: label('Mutualités libres', 'Onafhankelijke Ziekenfondsen'),
  neutral: label('Mutualités neutres', 'Neutrale Ziekenfondsen'),
} as const satisfies Record<string, Label>;

export type MutualityUnion = keyof typeof mutualityUnions;

/** What a fiche tells parents of children aged 0-16 and future parents, topic by topic. */
export const mutualityTopics = {
  hospitalisation: label('Hospitalisation', 'Ziekenhuisopname'),
  seriousIllness: label('Maladie grave', 'Ernstige ziekte'),
  homeCare: label('Soins à domicile', 'Thuiszorg'),
  disability: label('Handicap', 'Handicap'),
  equipmentLoan: label('Prêt de matériel', 'Uitleen van materiaal'),
  reimbursements: label('Remboursements et avantages', 'Terugbetalingen en voordelen'),
  socialService: label('Service social', 'Sociale dienst'),
} as const satisfies Record<string, Label>;

export type MutualityTopic = keyof typeof mutualityTopics;

/**
 * Mutuality fiches ("Mutualités partenaires"): one per antenna. A fiche may exist in Dutch
 * only, so nothing here is required in French.
 */
export const Mutualities = {
  slug: collectionSlugs.mutualities,
  labels: {
    singular: label('Fiche mutualité', 'Ziekenfondsfiche'),
    plural: label('Fiches mutualités', 'Ziekenfondsfiches'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.mutualities],
    defaultColumns: [
      'name',
      'union',
      'portals',
      'editorialState',
      'translationStates',
      '_status',
      'updatedAt',
    ],
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 30 },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      label: label('Nom de l’antenne', 'Naam van het kantoor'),
    },
    slugField({ admin: { position: 'sidebar' } }),
    {
      name: 'union',
      type: 'select',
      required: true,
      index: true,
      options: Object.entries(mutualityUnions).map(([value, unionLabel]) => ({
        value,
        label: unionLabel,
      })),
      label: label('Union nationale', 'Landsbond'),
    },
    {
      name: 'openingHours',
      type: 'textarea',
      localized: true,
      label: label('Heures d’ouverture', 'Openingsuren'),
    },
    {
      type: 'tabs',
      tabs: [
        { label: label('Coordonnées', 'Contactgegevens'), fields: contactFields() },
        {
          label: label('Thèmes', 'Thema’s'),
          fields: Object.entries(mutualityTopics).map(([name, topicLabel]) =>
            ficheSection(name, topicLabel),
          ),
        },
      ],
    },
    portalsField(),
    ...workflowFields(),
    ...translationFields(),
    demoField(),
    redirectsHereField(),
  ],
} satisfies CollectionConfig;
