import type { CollectionConfig } from 'payload';
import { demoField, label, portalsField, themesField } from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/** Reference documents are PDFs only: studies, brochures, posters and flyers to download. */
export const documentMimeTypes = ['application/pdf'];

export const documentKinds = ['study', 'brochure', 'poster', 'flyer', 'other'] as const;

/** Reference documents (mostly seul avec enfant): an uploaded PDF with a localized title and summary. */
export const Documents = {
  slug: collectionSlugs.documents,
  typescript: { interface: 'ReferenceDocument' },
  labels: {
    singular: label('Document de référence', 'Referentiedocument'),
    plural: label('Documents de référence', 'Referentiedocumenten'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.documents],
    defaultColumns: ['title', 'kind', 'filename', 'portals', 'updatedAt'],
  },
  upload: {
    mimeTypes: documentMimeTypes,
  },
  defaultSort: '-updatedAt',
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      label: label('Titre', 'Titel'),
    },
    { name: 'summary', type: 'textarea', localized: true, label: label('Résumé', 'Samenvatting') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'brochure',
      options: [
        { value: 'study', label: label('Étude', 'Studie') },
        { value: 'brochure', label: label('Brochure', 'Brochure') },
        { value: 'poster', label: label('Affiche', 'Affiche') },
        { value: 'flyer', label: label('Dépliant', 'Folder') },
        { value: 'other', label: label('Autre', 'Andere') },
      ],
      label: label('Type', 'Soort'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'publisher',
      type: 'text',
      label: label('Éditeur', 'Uitgever'),
    },
    themesField(),
    portalsField(),
    demoField(),
  ],
} satisfies CollectionConfig;
