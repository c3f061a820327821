import type { JoinField } from 'payload';
import { label } from './label.ts';

/**
 * The redirects that lead to this document, read-only in its sidebar: before renaming or
 * withdrawing a page, editors see which old addresses still bring readers to it.
 */
export function redirectsHereField(): JoinField {
  return {
    name: 'redirectsHere',
    type: 'join',
    collection: 'redirects',
    on: 'toDocument',
    defaultLimit: 20,
    label: label('Redirections vers ce document', 'Omleidingen naar dit document'),
    admin: {
      position: 'sidebar',
      allowCreate: false,
      defaultColumns: ['from', 'statusCode', 'portal', 'locale'],
      description: label(
        'Anciennes adresses qui mènent ici. Renommer une page publiée en ajoute une par langue.',
        'Oude adressen die hierheen leiden. Een gepubliceerde pagina hernoemen voegt er één per taal toe.',
      ),
    },
  };
}
