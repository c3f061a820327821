import type { CollectionConfig } from 'payload';
import { label, portalsField } from '../fields/index.ts';
import { roles } from '../roles.ts';
import { collectionSlugs } from '../slugs.ts';

/** Editors and administrators. An editor works only on the portals listed on their account. */
export const Users = {
  slug: collectionSlugs.users,
  labels: {
    singular: label('Utilisateur', 'Gebruiker'),
    plural: label('Utilisateurs', 'Gebruikers'),
  },
  auth: true,
  admin: {
    useAsTitle: 'email',
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
      options: roles.map((role) => ({ value: role, label: role })),
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
  ],
} satisfies CollectionConfig;
