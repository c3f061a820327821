import type { PortalId } from '@portals/content-models';

/** Editorial settings of each portal record; featured items are seed keys resolved at seeding. */
export interface SeedPortal {
  portal: PortalId;
  contactEmail: string;
  announcement: {
    fr: { title: string; text: string };
    nl?: { title: string; text: string };
    article: string;
    /** The announcement's end date, in days from the day of seeding (hidden after it). */
    untilInDays?: number;
  };
  featured: string[];
  footer: string[];
}

export const portalRecords: SeedPortal[] = [
  {
    portal: 'hospichild',
    contactEmail: 'contact@hospichild.example',
    announcement: {
      fr: {
        title: 'Nouveau : les fiches des hôpitaux bruxellois',
        text: 'Maternité, urgences, école à l’hôpital : retrouvez les services de chaque hôpital (annonce de démonstration).',
      },
      nl: {
        title: 'Nieuw: de fiches van de Brusselse ziekenhuizen',
        text: 'Materniteit, spoed, ziekenhuisschool: vind de diensten van elk ziekenhuis (demonstratieaankondiging).',
      },
      article: 'passer-la-nuit-a-l-hopital-aupres-de-son-enfant',
    },
    featured: [
      'preparer-son-enfant-a-une-hospitalisation',
      'passer-la-nuit-a-l-hopital-aupres-de-son-enfant',
    ],
    footer: ['les-droits-du-patient-mineur-ce-que-la-loi-garantit-a-votre-enfant'],
  },
  {
    portal: 'born-in-brussels',
    contactEmail: 'contact@borninbrussels.example',
    announcement: {
      fr: {
        title: 'Trouver un accueil pour son bébé',
        text: 'Nos conseils pour s’y prendre tôt (annonce de démonstration).',
      },
      nl: {
        title: 'Opvang vinden voor je baby',
        text: 'Onze tips om er vroeg bij te zijn (demonstratieaankondiging).',
      },
      article: 'trouver-un-accueil-pour-son-bebe-a-bruxelles',
      untilInDays: 60,
    },
    featured: [
      'le-premier-rendez-vous-de-grossesse',
      'baby-blues-ou-depression-savoir-faire-la-difference',
      'bien-demarrer-l-allaitement',
    ],
    footer: [],
  },
  {
    portal: 'seul-avec-enfant',
    contactEmail: 'contact@seulavecenfant.example',
    announcement: {
      fr: {
        title: 'Pension alimentaire impayée ?',
        text: 'Le point sur les avances du SECAL (annonce de démonstration).',
      },
      article: 'pension-alimentaire-impayee-le-recours-au-secal',
    },
    featured: ['se-separer-les-premieres-demarches', 'le-revenu-d-integration-pour-un-parent-seul'],
    footer: [],
  },
];

/** Old addresses of the previous sites that must keep working. */
export const redirectSeeds = [
  {
    portal: 'hospichild' as PortalId,
    from: '/fr/hopitaux-partenaires.html',
    toPath: '/fr/hopitaux',
    statusCode: '301' as const,
    locale: 'fr' as const,
  },
  {
    portal: 'hospichild' as PortalId,
    from: '/nl/partnerziekenhuizen.html',
    toPath: '/nl/ziekenhuizen',
    statusCode: '301' as const,
    locale: 'nl' as const,
  },
  {
    portal: 'hospichild' as PortalId,
    from: '/fr/rooming-in',
    toArticle: 'passer-la-nuit-a-l-hopital-aupres-de-son-enfant',
    statusCode: '301' as const,
    locale: 'fr' as const,
  },
  {
    portal: 'hospichild' as PortalId,
    from: '/nl/rooming-in',
    toArticle: 'passer-la-nuit-a-l-hopital-aupres-de-son-enfant',
    statusCode: '301' as const,
    locale: 'nl' as const,
  },
  {
    // A WordPress address by post id, as the old site's newsletters linked.
    portal: 'hospichild' as PortalId,
    from: '/?p=128',
    toArticle: 'passer-la-nuit-a-l-hopital-aupres-de-son-enfant',
    statusCode: '301' as const,
    locale: 'fr' as const,
  },
  {
    portal: 'born-in-brussels' as PortalId,
    from: '/inscription-creche',
    toArticle: 'trouver-un-accueil-pour-son-bebe-a-bruxelles',
    statusCode: '302' as const,
  },
];
