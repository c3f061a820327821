import type { CollectionConfig } from 'payload';
import {
  demoField,
  label,
  portalsField,
  themesField,
  translationFields,
  workflowFields,
  redirectsHereField,
} from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/**
 * FAQ entries: questions parents sent to the contact address, answered by a referent
 * organisation. The virtual assistant of Born in Brussels answers from them too.
 */
export const Faq = {
  slug: collectionSlugs.faq,
  typescript: { interface: 'FaqEntry' },
  labels: {
    singular: label('Question fréquente', 'Veelgestelde vraag'),
    plural: label('Questions fréquentes', 'Veelgestelde vragen'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.faq],
    defaultColumns: [
      'question',
      'themes',
      'answeredBy',
      'portals',
      'editorialState',
      'translationStates',
      '_status',
    ],
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 20 },
  defaultSort: '-answeredAt',
  fields: [
    {
      name: 'question',
      type: 'text',
      localized: true,
      required: true,
      label: label('Question', 'Vraag'),
    },
    { name: 'answer', type: 'richText', localized: true, label: label('Réponse', 'Antwoord') },
    {
      name: 'answeredBy',
      type: 'relationship',
      relationTo: collectionSlugs.referentOrganisations,
      label: label('Répondu par', 'Beantwoord door'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'answeredAt',
      type: 'date',
      label: label('Date de la réponse', 'Datum van het antwoord'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    themesField(),
    portalsField(),
    ...workflowFields(),
    ...translationFields(),
    demoField(),
    redirectsHereField(),
  ],
} satisfies CollectionConfig;
