import type { CollectionConfig } from 'payload';
import { label, portalField } from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/** A build waits (coalescing a burst of edits), runs, then succeeds or fails. */
export const buildStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;
export type BuildStatus = (typeof buildStatuses)[number];

const statusLabels: Record<BuildStatus, ReturnType<typeof label>> = {
  queued: label('En attente', 'In de wachtrij'),
  running: label('En cours', 'Bezig'),
  succeeded: label('En ligne', 'Online'),
  failed: label('Échec', 'Mislukt'),
};

/** What an editor did that made the portal rebuild. */
export const buildTriggerActions = [
  'published',
  'unpublished',
  'changed',
  'deleted',
  'manual',
] as const;

const actionLabels: Record<(typeof buildTriggerActions)[number], ReturnType<typeof label>> = {
  published: label('Publication', 'Publicatie'),
  unpublished: label('Dépublication', 'Depublicatie'),
  changed: label('Modification', 'Wijziging'),
  deleted: label('Suppression', 'Verwijdering'),
  manual: label('Reconstruction demandée', 'Herbouw gevraagd'),
};

/**
 * One rebuild of one portal: why it was queued (every edit of the burst it coalesced), when it
 * ran, how long each phase took, and the error when it failed. Written by the CMS only; editors
 * read it to know when their publication is live.
 */
export const Builds = {
  slug: collectionSlugs.builds,
  typescript: { interface: 'Build' },
  labels: {
    singular: label('Publication de portail', 'Portaalpublicatie'),
    plural: label('Publications des portails', 'Portaalpublicaties'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.builds],
    defaultColumns: ['portal', 'status', 'summary', 'queuedAt', 'durationMs'],
    group: label('Publication', 'Publicatie'),
  },
  defaultSort: '-queuedAt',
  fields: [
    portalField(),
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'queued',
      options: buildStatuses.map((value) => ({ value, label: statusLabels[value] })),
      label: label('État', 'Status'),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'text', label: label('Déclenchée par', 'Aanleiding') },
    {
      name: 'triggers',
      type: 'array',
      label: label('Modifications', 'Wijzigingen'),
      labels: {
        singular: label('Modification', 'Wijziging'),
        plural: label('Modifications', 'Wijzigingen'),
      },
      fields: [
        {
          name: 'action',
          type: 'select',
          options: buildTriggerActions.map((value) => ({ value, label: actionLabels[value] })),
          label: label('Action', 'Actie'),
        },
        { name: 'collection', type: 'text', label: label('Collection', 'Collectie') },
        { name: 'documentId', type: 'text', label: label('Document', 'Document') },
        { name: 'documentTitle', type: 'text', label: label('Titre', 'Titel') },
        { name: 'userEmail', type: 'text', label: label('Par', 'Door') },
        { name: 'at', type: 'date', label: label('Quand', 'Wanneer') },
      ],
    },
    {
      name: 'queuedAt',
      type: 'date',
      required: true,
      index: true,
      label: label('Demandée le', 'Gevraagd op'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'startedAt',
      type: 'date',
      label: label('Commencée le', 'Gestart op'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: label('Terminée le', 'Beëindigd op'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'durationMs',
      type: 'number',
      label: label('Durée (ms)', 'Duur (ms)'),
      admin: {
        description: label('De la demande à la mise en ligne.', 'Van aanvraag tot online.'),
      },
    },
    {
      name: 'phases',
      type: 'json',
      label: label('Étapes (ms)', 'Stappen (ms)'),
      admin: {
        description: label(
          'Attente, lecture du CMS et rendu, indexation, mise en ligne.',
          'Wachten, lezen uit het CMS en renderen, indexeren, online zetten.',
        ),
      },
    },
    { name: 'pages', type: 'number', label: label('Pages', 'Pagina’s') },
    { name: 'release', type: 'text', label: label('Version en ligne', 'Online versie') },
    { name: 'error', type: 'textarea', label: label('Erreur', 'Fout') },
    {
      name: 'log',
      type: 'textarea',
      label: label('Fin du journal', 'Einde van het logboek'),
    },
  ],
} satisfies CollectionConfig;
