import type { CollectionConfig } from 'payload';
import {
  demoField,
  label,
  portalsField,
  slugField,
  themesField,
  urlField,
  translationFields,
  workflowFields,
  redirectsHereField,
} from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

export const toolKinds = ['app', 'website', 'calculator', 'directory'] as const;

/** Tools for single parents: mobile apps, simulators, useful websites. */
export const Tools = {
  slug: collectionSlugs.tools,
  labels: {
    singular: label('Outil', 'Hulpmiddel'),
    plural: label('Outils', 'Hulpmiddelen'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.tools],
    defaultColumns: ['title', 'kind', 'portals', 'editorialState', 'translationStates', '_status'],
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 20 },
  defaultSort: 'title',
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      label: label('Titre', 'Titel'),
    },
    slugField(),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('Description', 'Beschrijving'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'website',
      options: [
        { value: 'app', label: label('Application mobile', 'Mobiele app') },
        { value: 'website', label: label('Site web', 'Website') },
        { value: 'calculator', label: label('Simulateur', 'Rekenhulp') },
        { value: 'directory', label: label('Annuaire', 'Adresgids') },
      ],
      label: label('Type', 'Soort'),
      admin: { position: 'sidebar' },
    },
    urlField('url', label('Lien', 'Link'), { required: true }),
    { name: 'provider', type: 'text', label: label('Fourni par', 'Aangeboden door') },
    themesField(),
    portalsField(),
    ...workflowFields(),
    ...translationFields(),
    demoField(),
    redirectsHereField(),
  ],
} satisfies CollectionConfig;
