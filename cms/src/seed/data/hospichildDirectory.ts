import type { PortalRecord } from '@portals/content-models/payload-types';

/**
 * Hospichild's directory curation (issue #4): the selection the site shipped with in
 * `sites/hospichild/src/directory.config.ts`, now editable in the CMS. Categories concerning
 * sick, disabled or hospitalised children; the real record 13219 has none, so it is chosen by id.
 */
export const hospichildDirectory = {
  categoryIds: [
    273, // Soins à domicile pour enfants gravement malades
    950, // Soins palliatifs pédiatriques
    905, // Aide sociale spécifique pour enfants et jeunes gravement malades
    267, // Milieux d'accueil ouverts aux jeunes enfants en situation de handicap
  ],
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
} satisfies Omit<NonNullable<PortalRecord['directory']>, 'notes'> & {
  notes: { organisationId: number; text: { fr: string; nl: string } }[];
};
