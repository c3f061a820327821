import { legalStatusIds } from './legalStatusIds.ts';
import type { OrganisationKind } from './organisationKinds.ts';

const { asbl, cpas, commune, foundation } = legalStatusIds;

/** Services for sick or hospitalised children (Hospichild's field); texts written for this project. */
export const sickChildKinds: readonly OrganisationKind[] = [
  {
    name: { fr: 'Service de santé mentale', nl: 'Dienst geestelijke gezondheidszorg' },
    categoryIds: [280, 270, 314],
    legalStatusIds: [asbl],
    mission: {
      fr: 'Soutenir la santé psychique des enfants, des jeunes et de leurs familles.',
      nl: 'De psychische gezondheid van kinderen, jongeren en hun gezinnen ondersteunen.',
    },
    activities: {
      fr: [
        'consultations psychologiques et pédopsychiatriques',
        'thérapies familiales',
        'bilans logopédiques',
        'soutien à la relation parent-bébé',
      ],
      nl: [
        'psychologische en kinderpsychiatrische consultaties',
        'gezinstherapie',
        'logopedische onderzoeken',
        'steun bij de band tussen ouder en baby',
      ],
    },
    public: { fr: 'Enfants, adolescents et leurs parents', nl: 'Kinderen, jongeren en hun ouders' },
  },
  {
    name: { fr: 'Garde d’enfants malades', nl: 'Oppasdienst voor zieke kinderen' },
    categoryIds: [272],
    legalStatusIds: [asbl, cpas],
    mission: {
      fr: 'Garder à domicile l’enfant malade quand ses parents ne peuvent pas s’absenter du travail.',
      nl: 'Het zieke kind thuis opvangen wanneer de ouders niet van het werk weg kunnen.',
    },
    activities: {
      fr: [
        'garde à domicile par des puéricultrices',
        'intervention dès le lendemain de l’appel',
        'tarif selon les revenus',
      ],
      nl: [
        'oppas aan huis door kinderverzorgsters',
        'inzet vanaf de dag na de oproep',
        'tarief volgens inkomen',
      ],
    },
    public: {
      fr: 'Familles d’enfants de 0 à 12 ans malades',
      nl: 'Gezinnen met zieke kinderen van 0 tot 12 jaar',
    },
  },
  {
    name: { fr: 'Soins à domicile pour enfants', nl: 'Thuiszorg voor kinderen' },
    categoryIds: [273, 950, 905],
    legalStatusIds: [asbl],
    mission: {
      fr: 'Permettre aux enfants gravement malades d’être soignés chez eux, entourés des leurs.',
      nl: 'Ernstig zieke kinderen thuis laten verzorgen, omringd door hun naasten.',
    },
    activities: {
      fr: [
        'soins infirmiers pédiatriques',
        'coordination avec l’équipe hospitalière',
        'soutien aux frères et sœurs',
        'accompagnement en fin de vie',
      ],
      nl: [
        'pediatrische verpleegzorg',
        'afstemming met het ziekenhuisteam',
        'steun voor broers en zussen',
        'begeleiding bij het levenseinde',
      ],
    },
    public: {
      fr: 'Enfants gravement malades et leur famille',
      nl: 'Ernstig zieke kinderen en hun gezin',
    },
  },
  {
    name: { fr: 'Animations à l’hôpital', nl: 'Animatie in het ziekenhuis' },
    categoryIds: [912, 913, 915],
    legalStatusIds: [asbl, foundation],
    mission: {
      fr: 'Apporter jeu, rire et créativité aux enfants pendant leur séjour à l’hôpital.',
      nl: 'Spel, humor en creativiteit brengen bij kinderen tijdens hun verblijf in het ziekenhuis.',
    },
    activities: {
      fr: [
        'visites de clowns dans les services de pédiatrie',
        'ateliers créatifs au chevet',
        'prêt de jeux et de livres',
        'après-midi pour les fratries',
      ],
      nl: [
        'clownbezoeken op de kinderafdelingen',
        'creatieve workshops aan bed',
        'uitlenen van spellen en boeken',
        'namiddagen voor broers en zussen',
      ],
    },
    public: {
      fr: 'Enfants hospitalisés et leurs proches',
      nl: 'Gehospitaliseerde kinderen en hun naasten',
    },
  },
  {
    name: { fr: 'École à l’hôpital', nl: 'Ziekenhuisschool' },
    categoryIds: [198],
    legalStatusIds: [asbl, commune],
    mission: {
      fr: 'Assurer la continuité scolaire des enfants hospitalisés ou soignés à domicile.',
      nl: 'De schoolloopbaan van kinderen in het ziekenhuis of met thuiszorg laten doorlopen.',
    },
    activities: {
      fr: ['cours individuels au chevet', 'lien avec l’école d’origine', 'enseignement à domicile'],
      nl: ['individuele lessen aan bed', 'contact met de eigen school', 'onderwijs aan huis'],
    },
    public: {
      fr: 'Élèves de maternelle, primaire et secondaire malades',
      nl: 'Zieke leerlingen uit kleuter-, lager en secundair onderwijs',
    },
  },
  {
    name: { fr: 'Maison de répit', nl: 'Respijthuis' },
    categoryIds: [252, 917],
    legalStatusIds: [asbl, foundation],
    mission: {
      fr: 'Offrir aux familles d’enfants malades quelques jours de repos pendant que l’enfant est pris en charge.',
      nl: 'Gezinnen met zieke kinderen enkele dagen rust gunnen terwijl er voor het kind gezorgd wordt.',
    },
    activities: {
      fr: [
        'séjours de courte durée',
        'soins infirmiers jour et nuit',
        'activités adaptées',
        'accueil des parents',
      ],
      nl: [
        'kortverblijven',
        'verpleegzorg dag en nacht',
        'aangepaste activiteiten',
        'onthaal van de ouders',
      ],
    },
    public: {
      fr: 'Enfants malades ou en situation de handicap et leurs parents',
      nl: 'Zieke kinderen of kinderen met een handicap en hun ouders',
    },
  },
];
