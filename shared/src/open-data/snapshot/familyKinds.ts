import { legalStatusIds } from './legalStatusIds.ts';
import type { OrganisationKind } from './organisationKinds.ts';

const { asbl, cpas, commune } = legalStatusIds;

/** Early childhood, pregnancy and family services; texts written for this project. */
export const familyKinds: readonly OrganisationKind[] = [
  {
    name: { fr: 'Consultation pour enfants', nl: 'Consultatiebureau' },
    categoryIds: [251, 258],
    legalStatusIds: [asbl, commune],
    mission: {
      fr: 'Suivre la santé et le développement des enfants de 0 à 6 ans, gratuitement et près de chez vous.',
      nl: 'De gezondheid en ontwikkeling van kinderen van 0 tot 6 jaar gratis opvolgen, dicht bij huis.',
    },
    activities: {
      fr: [
        'examens préventifs et vaccinations',
        'conseils sur le sommeil et l’alimentation',
        'dépistage visuel',
        'rencontres entre parents',
      ],
      nl: [
        'preventieve onderzoeken en vaccinaties',
        'advies over slaap en voeding',
        'oogscreening',
        'ontmoetingen tussen ouders',
      ],
    },
    public: {
      fr: 'Parents de jeunes enfants de 0 à 6 ans',
      nl: 'Ouders van jonge kinderen van 0 tot 6 jaar',
    },
  },
  {
    name: { fr: 'Crèche', nl: 'Kinderdagverblijf' },
    categoryIds: [263, 264, 267],
    legalStatusIds: [asbl, commune, cpas],
    mission: {
      fr: 'Accueillir les tout-petits dans un cadre sûr et chaleureux pendant que leurs parents travaillent ou se forment.',
      nl: 'Peuters veilig en warm opvangen terwijl hun ouders werken of een opleiding volgen.',
    },
    activities: {
      fr: [
        'accueil de jour des enfants de 0 à 3 ans',
        'repas préparés sur place',
        'éveil musical',
        'familiarisation progressive',
      ],
      nl: [
        'dagopvang voor kinderen van 0 tot 3 jaar',
        'maaltijden ter plaatse bereid',
        'muzikale ontdekking',
        'geleidelijke wenperiode',
      ],
    },
    public: { fr: 'Enfants de 0 à 3 ans', nl: 'Kinderen van 0 tot 3 jaar' },
  },
  {
    name: { fr: 'Halte-accueil', nl: 'Occasionele opvang' },
    categoryIds: [266, 259],
    legalStatusIds: [asbl],
    mission: {
      fr: 'Offrir quelques heures de garde aux parents qui cherchent un emploi, suivent un cours ou ont besoin de souffler.',
      nl: 'Enkele uren opvang bieden aan ouders die werk zoeken, een cursus volgen of even op adem moeten komen.',
    },
    activities: {
      fr: [
        'accueil occasionnel sur réservation',
        'jeux en petits groupes',
        'premiers pas vers la collectivité',
      ],
      nl: [
        'occasionele opvang na reservatie',
        'spel in kleine groepjes',
        'eerste stappen in groep',
      ],
    },
    public: {
      fr: 'Enfants de 0 à 3 ans et leurs parents',
      nl: 'Kinderen van 0 tot 3 jaar en hun ouders',
    },
  },
  {
    name: {
      fr: 'Lieu de rencontre parents-enfants',
      nl: 'Ontmoetingsplaats voor ouders en kinderen',
    },
    categoryIds: [258, 259],
    legalStatusIds: [asbl],
    mission: {
      fr: 'Un espace ouvert où parents et enfants partagent un moment de jeu et rompent l’isolement.',
      nl: 'Een open ruimte waar ouders en kinderen samen spelen en uit hun isolement komen.',
    },
    activities: {
      fr: [
        'accueil libre sans inscription',
        'écoute par des accueillants formés',
        'ateliers de portage et de massage',
        'groupes de parole',
      ],
      nl: [
        'vrije inloop zonder inschrijving',
        'luisterend oor van opgeleide onthaalmedewerkers',
        'workshops dragen en massage',
        'praatgroepen',
      ],
    },
    public: {
      fr: 'Futurs parents, parents et enfants jusqu’à 4 ans',
      nl: 'Aanstaande ouders, ouders en kinderen tot 4 jaar',
    },
  },
  {
    name: { fr: 'Centre de planning familial', nl: 'Centrum voor gezinsplanning' },
    categoryIds: [207, 208, 209, 206],
    legalStatusIds: [asbl],
    mission: {
      fr: 'Informer et accompagner chacun dans sa vie affective, sexuelle et dans ses projets de grossesse.',
      nl: 'Iedereen informeren en begeleiden in het relationele en seksuele leven en bij een zwangerschapswens.',
    },
    activities: {
      fr: [
        'consultations médicales et contraception',
        'tests de grossesse',
        'accompagnement psychologique',
        'animations dans les écoles',
      ],
      nl: [
        'medische consultaties en anticonceptie',
        'zwangerschapstests',
        'psychologische begeleiding',
        'animaties in scholen',
      ],
    },
    public: { fr: 'Tout public, jeunes et adultes', nl: 'Iedereen, jongeren en volwassenen' },
  },
  {
    name: { fr: 'Aide aux familles séparées', nl: 'Hulp voor gescheiden gezinnen' },
    categoryIds: [328, 329, 326],
    legalStatusIds: [asbl, cpas],
    mission: {
      fr: 'Informer les parents qui se séparent sur leurs droits et les aider à organiser la vie des enfants.',
      nl: 'Ouders die uit elkaar gaan informeren over hun rechten en helpen het leven van de kinderen te regelen.',
    },
    activities: {
      fr: [
        'permanences juridiques',
        'médiation familiale',
        'aide aux démarches pour les allocations',
        'groupes de parents solos',
      ],
      nl: [
        'juridische zitdagen',
        'familiale bemiddeling',
        'hulp bij aanvragen voor kinderbijslag',
        'groepen voor alleenstaande ouders',
      ],
    },
    public: {
      fr: 'Parents en séparation et familles monoparentales',
      nl: 'Ouders in scheiding en eenoudergezinnen',
    },
  },
];
