import type { GroupField } from 'payload';
import { label } from './label.ts';

/**
 * Where a document came from in a WordPress import (issue #16): the export's key
 * (`post:12`, `category:5`, `attachment:30`) makes a second import update instead of
 * duplicating, and the checksum of what was imported lets it leave unchanged documents alone.
 */
export function wordpressSourceField(): GroupField {
  return {
    name: 'wordpress',
    type: 'group',
    label: label('Origine WordPress', 'Herkomst WordPress'),
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data: { wordpress?: { key?: string | null } }) => Boolean(data.wordpress?.key),
    },
    fields: [
      {
        name: 'key',
        type: 'text',
        index: true,
        label: label('Élément importé', 'Geïmporteerd element'),
      },
      {
        name: 'checksum',
        type: 'text',
        label: label('Empreinte de l’import', 'Vingerafdruk van de import'),
        admin: { hidden: true },
      },
    ],
  };
}
