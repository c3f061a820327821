import type { CollectionConfig } from 'payload';
import { label, portalsField, wordpressSourceField } from '../fields/index.ts';
import { collectionSlugs } from '../slugs.ts';
import { titleFields } from '../titleFields.ts';

/** Largest upload accepted, in bytes: phones on poor connections read these pages. */
export const maxUploadBytes = 10 * 1024 * 1024;

export const acceptedMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'application/pdf',
];

/**
 * Images and PDF documents; every image carries alternative text in each language. A file
 * belongs to the portals listed on it: their editors change or replace it (issue #13,
 * finding 7); a new upload goes to the uploader's portals unless they choose.
 */
export const Media = {
  slug: collectionSlugs.media,
  labels: {
    singular: label('Média', 'Media'),
    plural: label('Médias', 'Media'),
  },
  admin: { useAsTitle: titleFields[collectionSlugs.media] },
  upload: {
    mimeTypes: acceptedMimeTypes,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'wide', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      label: label('Texte alternatif', 'Alternatieve tekst'),
      admin: {
        description: label(
          'Ce que l’image montre, pour les lecteurs d’écran.',
          'Wat de afbeelding toont, voor schermlezers.',
        ),
      },
    },
    portalsField({
      // Older files may carry none until an admin assigns them; new ones get the uploader's.
      required: false,
      defaultValue: ({ user }: { user?: { portals?: unknown } | null }) => user?.portals ?? [],
      admin: {
        position: 'sidebar',
        description: label(
          'Les éditeurs de ces portails peuvent modifier ou remplacer ce fichier.',
          'De redacteurs van deze portalen kunnen dit bestand wijzigen of vervangen.',
        ),
      },
    }),
    wordpressSourceField(),
  ],
} satisfies CollectionConfig;
