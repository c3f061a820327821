import type { CollectionConfig } from 'payload';
import { label, portalsField, type Label } from '../fields/index.ts';
import { roles, type Role } from '../roles.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

const roleLabels: Record<Role, Label> = {
  admin: label('Administrateur', 'Beheerder'),
  editor: label('Éditeur', 'Redacteur'),
  referent: label('Référent', 'Referent'),
};

/**
 * Administrators, editors and referents. An editor works only on the portals listed on their
 * account; a referent reviews the themes of the organisation named on theirs.
 */
export const Users = {
  slug: collectionSlugs.users,
  labels: {
    singular: label('Utilisateur', 'Gebruiker'),
    plural: label('Utilisateurs', 'Gebruikers'),
  },
  auth: true,
  admin: {
    useAsTitle: titleFields[collectionSlugs.users],
    defaultColumns: ['email', 'name', 'role', 'portals'],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: label('Nom', 'Naam'),
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      label: label('Rôle', 'Rol'),
    },
    portalsField({
      required: false,
      saveToJWT: true,
      label: label('Portails attribués', 'Toegewezen portalen'),
      admin: {
        description: label(
          'Un éditeur ne peut modifier que le contenu de ces portails.',
          'Een redacteur kan alleen inhoud van deze portalen bewerken.',
        ),
      },
    }),
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: collectionSlugs.referentOrganisations,
      saveToJWT: true,
      label: label('Organisation référente', 'Referentieorganisatie'),
      admin: {
        condition: (data) => data?.role === 'referent',
        description: label(
          'Le référent voit et valide les brouillons des thèmes de cette organisation.',
          'De referent ziet en valideert de concepten van de thema’s van deze organisatie.',
        ),
      },
    },
  ],
} satisfies CollectionConfig;
