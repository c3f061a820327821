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

/** Projects supported for single-parent families (seul avec enfant): who runs them and where. */
export const Projects = {
  slug: collectionSlugs.projects,
  labels: {
    singular: label('Projet', 'Project'),
    plural: label('Projets', 'Projecten'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.projects],
    defaultColumns: [
      'title',
      'promoter',
      'portals',
      'editorialState',
      'translationStates',
      '_status',
    ],
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
    { name: 'summary', type: 'textarea', localized: true, label: label('Résumé', 'Samenvatting') },
    { name: 'body', type: 'richText', localized: true, label: label('Texte', 'Tekst') },
    { name: 'promoter', type: 'text', label: label('Porteur du projet', 'Projectdrager') },
    {
      name: 'area',
      type: 'text',
      localized: true,
      label: label('Zone couverte', 'Werkingsgebied'),
    },
    urlField('website', label('Site web', 'Website')),
    themesField(),
    portalsField(),
    ...workflowFields(),
    ...translationFields(),
    demoField(),
    redirectsHereField(),
  ],
} satisfies CollectionConfig;
