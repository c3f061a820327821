import type { GroupField, NumberField } from 'payload';
import { label, type Label } from './label.ts';

function idList(name: string, fieldLabel: Label, description: Label): NumberField {
  return {
    name,
    type: 'number',
    hasMany: true,
    min: 1,
    label: fieldLabel,
    admin: { description },
  };
}

/**
 * Which Bruxelles Social organisations a portal's directory shows. The names and shapes are
 * those of `DirectoryCuration` in `@portals/shared/open-data`: the sites validate what they
 * read with that schema, so a field renamed here fails their build with its name (issue #4).
 */
export function directoryCurationField(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'directory',
    type: 'group',
    label: label('Annuaire des associations', 'Gids van de verenigingen'),
    admin: {
      description: label(
        'Une association s’affiche dès qu’une règle la retient. Sans aucune règle, le site garde sa sélection par défaut.',
        'Een vereniging verschijnt zodra een regel ze selecteert. Zonder regel behoudt de site haar standaardselectie.',
      ),
    },
    fields: [
      idList(
        'categoryIds',
        label('Catégories', 'Categorieën'),
        label(
          'Identifiants de catégories Bruxelles Social (ex. 273).',
          'Categorie-id’s van Sociaal Brussel (bv. 273).',
        ),
      ),
      idList(
        'sectorIds',
        label('Secteurs', 'Sectoren'),
        label('Identifiants de secteurs Bruxelles Social.', 'Sector-id’s van Sociaal Brussel.'),
      ),
      idList(
        'agreementIds',
        label('Agréments', 'Erkenningen'),
        label('Identifiants d’agréments Bruxelles Social.', 'Erkennings-id’s van Sociaal Brussel.'),
      ),
      idList(
        'organisationIds',
        label('Associations choisies', 'Gekozen verenigingen'),
        label(
          'Identifiants d’organisations affichées quelles que soient leurs catégories.',
          'Id’s van organisaties die altijd getoond worden, ongeacht hun categorieën.',
        ),
      ),
      {
        name: 'notes',
        type: 'array',
        label: label('Notes locales', 'Lokale notities'),
        labels: { singular: label('Note', 'Notitie'), plural: label('Notes', 'Notities') },
        fields: [
          {
            name: 'organisationId',
            type: 'number',
            required: true,
            min: 1,
            label: label('Identifiant de l’organisation', 'Id van de organisatie'),
          },
          {
            name: 'text',
            type: 'textarea',
            localized: true,
            required: true,
            label: label('Note affichée sur sa page', 'Notitie op haar pagina'),
          },
        ],
      },
    ],
    ...overrides,
  };
}
