import type { CollectionConfig } from 'payload';
import { label } from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

export const auditActions = [
  'create',
  'update',
  'publish',
  'unpublish',
  'delete',
  'login',
  'logout',
] as const;
export type AuditAction = (typeof auditActions)[number];

const actionLabels: Record<AuditAction, ReturnType<typeof label>> = {
  create: label('Création', 'Aanmaak'),
  update: label('Modification', 'Wijziging'),
  publish: label('Publication', 'Publicatie'),
  unpublish: label('Dépublication', 'Depublicatie'),
  delete: label('Suppression', 'Verwijdering'),
  login: label('Connexion', 'Aanmelding'),
  logout: label('Déconnexion', 'Afmelding'),
};

/**
 * Who created, changed, published, unpublished or deleted what and when, and who logged in.
 * Written by the CMS only; admins read it, nobody edits it.
 */
export const AuditLog = {
  slug: collectionSlugs.auditLog,
  typescript: { interface: 'AuditEntry' },
  labels: {
    singular: label('Entrée du journal', 'Logboekregel'),
    plural: label('Journal d’audit', 'Auditlogboek'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.auditLog],
    defaultColumns: ['createdAt', 'action', 'collection', 'documentTitle', 'userEmail'],
    listSearchableFields: ['documentTitle', 'userEmail'],
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: Object.entries(actionLabels).map(([value, actionLabel]) => ({
        value,
        label: actionLabel,
      })),
      label: label('Action', 'Actie'),
    },
    { name: 'collection', type: 'text', index: true, label: label('Collection', 'Collectie') },
    { name: 'documentId', type: 'text', index: true, label: label('Document', 'Document') },
    { name: 'documentTitle', type: 'text', label: label('Titre', 'Titel') },
    { name: 'locale', type: 'text', label: label('Langue', 'Taal') },
    {
      name: 'user',
      type: 'relationship',
      relationTo: collectionSlugs.users,
      label: label('Par', 'Door'),
    },
    {
      name: 'userEmail',
      type: 'text',
      label: label('Adresse de l’auteur', 'Adres van de auteur'),
      admin: {
        description: label(
          'Gardée même si le compte est supprimé.',
          'Blijft bewaard, ook als het account verwijderd wordt.',
        ),
      },
    },
    { name: 'summary', type: 'text', label: label('Résumé', 'Samenvatting') },
  ],
} satisfies CollectionConfig;
