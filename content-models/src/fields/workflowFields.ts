import type { Field } from 'payload';
import { collectionSlugs } from '../slugs.ts';
import { editorialStates, type EditorialState } from '../workflow.ts';
import { label, type Label } from './label.ts';

/** Editorial notes stay in the CMS: the public API (the portals' builds) never sees them. */
const staffOnly = { read: ({ req }: { req: { user?: unknown } }) => Boolean(req.user) };

const stateLabels: Record<EditorialState, Label> = {
  writing: label('En rédaction', 'In redactie'),
  'in-validation': label('En validation', 'Ter validatie'),
  'changes-requested': label('Modifications demandées', 'Wijzigingen gevraagd'),
  validated: label('Validé', 'Gevalideerd'),
  published: label('Publié', 'Gepubliceerd'),
};

/**
 * The editorial workflow of a document: its state, who writes it, the referent's comment, the
 * approval (organisation, person, date: the portals print "validé par …, le …") and the date
 * by which the text should be reread. Hooks in the CMS enforce the moves.
 */
export function workflowFields(): Field[] {
  return [
    {
      name: 'editorialState',
      type: 'select',
      index: true,
      // Not `required`: the CMS always sets it (hook `enforceWorkflow`), so callers may omit it.
      defaultValue: 'writing',
      options: editorialStates.map((value) => ({ value, label: stateLabels[value] })),
      label: label('État éditorial', 'Redactionele status'),
      admin: {
        position: 'sidebar',
        description: label(
          'Envoyez en validation quand le texte est prêt ; le référent du thème est prévenu.',
          'Stuur ter validatie wanneer de tekst klaar is; de referent van het thema wordt verwittigd.',
        ),
      },
    },
    {
      name: 'writer',
      type: 'relationship',
      access: staffOnly,
      relationTo: collectionSlugs.users,
      label: label('Rédigé par', 'Geschreven door'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewComment',
      type: 'textarea',
      access: staffOnly,
      label: label('Commentaire de validation', 'Opmerking bij de validatie'),
      admin: {
        position: 'sidebar',
        description: label(
          'Obligatoire pour demander des modifications.',
          'Verplicht om wijzigingen te vragen.',
        ),
      },
    },
    {
      name: 'reviewDueAt',
      type: 'date',
      access: staffOnly,
      index: true,
      label: label('À relire avant le', 'Te herlezen voor'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'approval',
      type: 'group',
      label: label('Validation', 'Validatie'),
      admin: { position: 'sidebar', readOnly: true },
      // Written by the CMS when a referent validates, never typed: the public pages quote it.
      access: { create: () => false, update: () => false },
      fields: [
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: collectionSlugs.referentOrganisations,
          label: label('Organisation', 'Organisatie'),
        },
        {
          name: 'referent',
          type: 'relationship',
          // The public reads who validated (the organisation) and when, never a staff account.
          access: staffOnly,
          relationTo: collectionSlugs.users,
          label: label('Référent', 'Referent'),
        },
        { name: 'approvedAt', type: 'date', label: label('Validé le', 'Gevalideerd op') },
      ],
    },
  ];
}
