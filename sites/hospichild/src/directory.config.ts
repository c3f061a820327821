import type { DirectoryCuration } from '@portals/shared/open-data';

/**
 * Which Bruxelles Social organisations Hospichild's directory shows when the portal's CMS
 * record has no curation (issue #4; the demo seed copies this one into the CMS, and
 * `seed.int.test.ts` checks they agree). Categories that concern sick, disabled or
 * hospitalised children. Real category ids: see the snapshot's lookups.
 */
export const directoryCuration: DirectoryCuration = {
  categoryIds: [
    273, // Soins à domicile pour enfants gravement malades
    950, // Soins palliatifs pédiatriques
    905, // Aide sociale spécifique pour enfants et jeunes gravement malades
    267, // Milieux d'accueil ouverts aux jeunes enfants en situation de handicap
  ],
  // The real record of the snapshot; it has no category, so it is chosen by id.
  organisationIds: [13219],
  notes: [
    {
      organisationId: 13219,
      text: {
        fr: 'Un bon point de départ pour trouver un service social à Schaerbeek.',
        nl: 'Een goed vertrekpunt om een sociale dienst in Schaarbeek te vinden.',
      },
    },
    {
      organisationId: 900001,
      text: {
        fr: 'Association partenaire d’Hospichild (note de démonstration).',
        nl: 'Partnervereniging van Hospichild (demonstratienota).',
      },
    },
  ],
};
