import type { CollectionConfig } from 'payload';
import {
  demoField,
  label,
  portalsField,
  slugField,
  translationFields,
  workflowFields,
  redirectsHereField,
} from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/**
 * A life event told as a step-by-step journey (GOV.UK's step-by-step navigation): "I separate",
 * "bereavement"… Each step says what to do and links the rights pages (articles) and the
 * organisations it needs. Steps are shown in the order of the array, numbered from 1.
 */
export const Journeys = {
  slug: collectionSlugs.journeys,
  labels: {
    singular: label('Parcours', 'Stappenplan'),
    plural: label('Parcours', 'Stappenplannen'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.journeys],
    defaultColumns: ['title', 'portals', 'editorialState', 'translationStates', '_status'],
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 20 },
  defaultSort: 'order',
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      label: label('Titre', 'Titel'),
      admin: {
        description: label(
          'L’événement de vie, à la première personne : « Je me sépare ».',
          'De levensgebeurtenis, in de ik-vorm: "Ik ga uit elkaar".',
        ),
      },
    },
    slugField(),
    { name: 'summary', type: 'textarea', localized: true, label: label('Résumé', 'Samenvatting') },
    {
      name: 'order',
      type: 'number',
      index: true,
      label: label('Ordre d’affichage', 'Volgorde'),
      admin: {
        position: 'sidebar',
        description: label(
          'Les parcours sont listés du plus petit au plus grand.',
          'Stappenplannen worden van klein naar groot getoond.',
        ),
      },
    },
    {
      name: 'steps',
      type: 'array',
      minRows: 1,
      label: label('Étapes', 'Stappen'),
      labels: { singular: label('Étape', 'Stap'), plural: label('Étapes', 'Stappen') },
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'title',
          type: 'text',
          localized: true,
          required: true,
          label: label('Titre de l’étape', 'Titel van de stap'),
        },
        {
          name: 'body',
          type: 'richText',
          localized: true,
          label: label('Que faire ?', 'Wat moet u doen?'),
        },
        {
          name: 'articles',
          type: 'relationship',
          relationTo: collectionSlugs.articles,
          hasMany: true,
          label: label('Pages de droits liées', 'Gekoppelde rechtenpagina’s'),
        },
        {
          name: 'organisations',
          type: 'relationship',
          relationTo: collectionSlugs.referentOrganisations,
          hasMany: true,
          label: label('Organisations à contacter', 'Te contacteren organisaties'),
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
