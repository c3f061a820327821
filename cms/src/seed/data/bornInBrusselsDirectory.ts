/**
 * Born in Brussels' directory curation, as `sites/born-in-brussels/src/directory.config.ts`
 * ships it: the perinatal categories of Bruxelles Social, editable in the CMS afterwards.
 */
export const bornInBrusselsDirectory = {
  categoryIds: [
    206, // Gynécologie et contraception
    207, // Information sur la grossesse
    208, // Grossesse non désirée
    209, // Suivi de grossesse
    314, // Unités psychiatriques mère-bébé
    251, // Consultations pour enfants de l'ONE ou Kind en Gezin
    258, // Accompagnement des parents d'enfants de 0 à 6 ans
  ],
  organisationIds: [],
  notes: [
    {
      organisationId: 900019,
      text: {
        fr: 'Suivi de grossesse et écoute, aussi sans mutualité (note de démonstration).',
        nl: 'Zwangerschapsopvolging en een luisterend oor, ook zonder ziekenfonds (demonstratienota).',
      },
    },
    {
      organisationId: 900028,
      text: {
        fr: 'Consultations gratuites pour les tout-petits (note de démonstration).',
        nl: 'Gratis consultaties voor de allerkleinsten (demonstratienota).',
      },
    },
  ],
};
