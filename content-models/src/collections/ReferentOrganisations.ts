import type { CollectionConfig } from 'payload';
import { contactFields, demoField, label, themesField } from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/**
 * A partner organisation (ONE, SECAL, a family-allowance fund…) whose referents validate the
 * texts of its themes before publication and answer questions that feed the FAQ.
 */
export const ReferentOrganisations = {
  slug: collectionSlugs.referentOrganisations,
  labels: {
    singular: label('Organisation référente', 'Referentieorganisatie'),
    plural: label('Organisations référentes', 'Referentieorganisaties'),
  },
  admin: {
    useAsTitle: titleFields[collectionSlugs.referentOrganisations],
    defaultColumns: ['name', 'themes', 'contact'],
  },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      label: label('Nom', 'Naam'),
    },
    {
      name: 'acronym',
      type: 'text',
      label: label('Sigle', 'Afkorting'),
    },
    // Address, phone, e-mail and website: seul avec enfant lists the organisations to contact
    // per theme, in Wallonia, where Bruxelles Social has no data (issue #11).
    ...contactFields(),
    themesField({
      label: label('Thèmes validés', 'Gevalideerde thema’s'),
      admin: {
        position: 'sidebar',
        description: label(
          'Les textes de ces thèmes passent par un référent de l’organisation avant publication.',
          'Teksten over deze thema’s worden vóór publicatie door een referent van de organisatie nagekeken.',
        ),
      },
    }),
    {
      name: 'contact',
      type: 'relationship',
      // A staff account: the public API shows the organisation, not who works there.
      access: { read: ({ req }) => Boolean(req.user) },
      relationTo: collectionSlugs.users,
      filterOptions: { role: { equals: 'referent' } },
      label: label('Personne de contact', 'Contactpersoon'),
      admin: { position: 'sidebar' },
    },
    demoField(),
  ],
} satisfies CollectionConfig;
