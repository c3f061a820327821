/**
 * The life events of seul avec enfant as step-by-step journeys (French only, our own words).
 * `articles` are keys of `seulAvecEnfantArticles`, `organisations` keys of the referent
 * network (`referents.ts`). Each step's `body` uses the seed markup of `SeedText`.
 */
export interface SeedJourneyStep {
  title: string;
  body: string[];
  articles?: string[];
  organisations?: string[];
}

export interface SeedJourney {
  title: string;
  summary: string;
  steps: SeedJourneyStep[];
}

export const seulAvecEnfantJourneys: SeedJourney[] = [
  {
    title: 'Je me sépare ou je divorce',
    summary:
      'Les enfants, l’argent, le logement : ce qu’il faut régler, dans quel ordre, et qui peut aider.',
    steps: [
      {
        title: 'Organiser la vie des enfants',
        body: [
          'Décidez d’abord où les enfants vivront et comment ils verront chacun de leurs parents. Un accord écrit évite bien des malentendus.',
          'Un médiateur familial agréé peut vous aider à trouver cet accord, même quand le dialogue est difficile.',
        ],
        articles: ['sae-separation-steps'],
        organisations: ['droits-quotidiens'],
      },
      {
        title: 'Fixer la contribution alimentaire',
        body: [
          'Chaque parent contribue aux frais des enfants selon ses moyens. Le montant se fixe à l’amiable ou par le tribunal de la famille.',
          'S’il n’est pas payé, un service public peut avancer une partie des sommes dues.',
        ],
        articles: ['sae-maintenance-secal'],
        organisations: ['secal'],
      },
      {
        title: 'Trouver ou garder un logement',
        body: [
          'Voyez qui reste dans le logement familial et à quelles conditions. Si vous déménagez, renseignez-vous sur les aides au loyer et au logement public.',
        ],
        organisations: ['housing', 'notaries'],
      },
      {
        title: 'Signaler votre nouvelle situation',
        body: [
          'Prévenez la caisse d’allocations familiales et votre mutualité : votre nouvelle composition de ménage peut ouvrir des droits supplémentaires.',
        ],
        articles: ['sae-family-allowances', 'sae-bim'],
        organisations: ['famiwal', 'inami'],
      },
      {
        title: 'Revoir votre déclaration d’impôts',
        body: [
          'L’année qui suit, déclarez les enfants à votre charge et, le cas échéant, la contribution alimentaire reçue ou versée.',
        ],
        articles: ['sae-tax-single-parent'],
        organisations: ['spf-finances'],
      },
    ],
  },
  {
    title: 'Je suis victime de violences',
    summary:
      'Se mettre à l’abri avec ses enfants, être écoutée et conseillée, faire valoir ses droits.',
    steps: [
      {
        title: 'Se mettre en sécurité',
        body: [
          'En cas de danger immédiat, appelez le 112. Une maison d’accueil peut vous héberger avec vos enfants le temps de vous retourner.',
        ],
        articles: ['sae-violence-first-help'],
      },
      {
        title: 'Parler à quelqu’un',
        body: [
          'Des lignes d’écoute gratuites et anonymes répondent aux victimes et à leurs proches. Elles vous aident à y voir clair, sans rien vous imposer.',
        ],
        organisations: ['droits-quotidiens'],
      },
      {
        title: 'Protéger vos droits et ceux des enfants',
        body: [
          'Un avocat, parfois gratuit selon vos revenus, vous aide à porter plainte et à demander des mesures pour l’hébergement des enfants.',
        ],
        articles: ['sae-separation-steps'],
      },
      {
        title: 'Retrouver des ressources',
        body: [
          'Si vous n’avez plus de revenus, le CPAS de la commune où vous vivez examine votre droit au revenu d’intégration et à une aide d’urgence.',
        ],
        articles: ['sae-social-income'],
        organisations: ['mi-is'],
      },
    ],
  },
  {
    title: 'Je suis à nouveau en couple',
    summary: 'Une nouvelle vie à deux peut changer vos allocations, vos aides et vos impôts.',
    steps: [
      {
        title: 'Signaler le changement de ménage',
        body: [
          'Une cohabitation se déclare à la commune. La caisse d’allocations familiales doit aussi le savoir : certains suppléments dépendent des revenus du ménage.',
        ],
        articles: ['sae-family-allowances'],
        organisations: ['famiwal'],
      },
      {
        title: 'Vérifier vos aides',
        body: [
          'Le revenu d’intégration, l’intervention majorée ou une allocation au taux « isolé » peuvent être revus quand les revenus du ménage changent.',
        ],
        articles: ['sae-social-income', 'sae-bim'],
        organisations: ['mi-is', 'inami', 'onem'],
      },
      {
        title: 'Adapter votre déclaration d’impôts',
        body: [
          'L’avantage réservé au parent isolé ne s’applique plus en cas de cohabitation. Tenez-en compte pour l’année concernée.',
        ],
        articles: ['sae-tax-single-parent'],
        organisations: ['spf-finances'],
      },
    ],
  },
  {
    title: 'Je suis en deuil',
    summary:
      'Après le décès de l’autre parent : les démarches urgentes, les droits des enfants et les aides.',
    steps: [
      {
        title: 'Les premières démarches',
        body: [
          'Le décès se déclare à la commune, souvent avec l’aide des pompes funèbres. Rien ne presse pour la succession : prenez le temps de vous faire conseiller.',
        ],
        organisations: ['notaries'],
      },
      {
        title: 'Les allocations familiales des orphelins',
        body: [
          'Un enfant qui perd un parent peut recevoir un supplément. Prévenez la caisse d’allocations familiales.',
        ],
        articles: ['sae-family-allowances'],
        organisations: ['famiwal'],
      },
      {
        title: 'Les soins de santé',
        body: [
          'Avec des revenus réduits, demandez à votre mutualité si vous avez droit à l’intervention majorée.',
        ],
        articles: ['sae-bim'],
        organisations: ['inami'],
      },
      {
        title: 'Si l’argent manque',
        body: ['Le CPAS peut vous aider le temps que les autres droits soient ouverts.'],
        articles: ['sae-social-income'],
        organisations: ['mi-is'],
      },
    ],
  },
  {
    title: 'Je suis parent seul dès le départ',
    summary: 'Élever seul son enfant depuis sa naissance : la garde, les revenus, les impôts.',
    steps: [
      {
        title: 'Établir la filiation',
        body: [
          'La reconnaissance de l’enfant par l’autre parent, ou sa recherche en justice, ouvre le droit à une contribution alimentaire.',
        ],
        articles: ['sae-separation-steps'],
        organisations: ['droits-quotidiens'],
      },
      {
        title: 'Trouver un accueil pour l’enfant',
        body: [
          'Inscrivez-vous tôt dans un milieu d’accueil : les places sont comptées, et le prix dépend de vos revenus.',
        ],
        articles: ['sae-childcare-one'],
        organisations: ['one'],
      },
      {
        title: 'Demander les allocations familiales',
        body: [
          'Choisissez une caisse d’allocations familiales dès la naissance ; des suppléments existent pour les familles monoparentales aux revenus modestes.',
        ],
        articles: ['sae-family-allowances'],
        organisations: ['famiwal'],
      },
      {
        title: 'Profiter des avantages fiscaux',
        body: [
          'Un parent seul avec un enfant à charge bénéficie d’avantages fiscaux, et les frais de garde peuvent réduire l’impôt.',
        ],
        articles: ['sae-tax-single-parent'],
        organisations: ['spf-finances'],
      },
    ],
  },
  {
    title: 'Je suis seul pour un temps',
    summary:
      'Hospitalisation, incarcération, travail à l’étranger de l’autre parent : tenir pendant l’absence.',
    steps: [
      {
        title: 'Organiser la garde au quotidien',
        body: [
          'Certains milieux d’accueil proposent un accueil d’urgence ou à horaires élargis quand vous êtes seul à tout assumer.',
        ],
        articles: ['sae-childcare-one'],
        organisations: ['one'],
      },
      {
        title: 'Faire face à la baisse de revenus',
        body: [
          'Si les revenus du ménage baissent, le CPAS examine votre situation et les aides possibles, même temporaires.',
        ],
        articles: ['sae-social-income'],
        organisations: ['mi-is'],
      },
      {
        title: 'Garder le lien avec l’autre parent',
        body: [
          'Des services accompagnent les visites des enfants à un parent hospitalisé ou détenu, pour que le lien se maintienne dans de bonnes conditions.',
        ],
      },
    ],
  },
  {
    title: 'Je suis une femme migrante seule avec mes enfants',
    summary:
      'Vos droits dépendent de votre titre de séjour : où vous informer et quelles aides demander.',
    steps: [
      {
        title: 'Faire le point sur votre séjour',
        body: [
          'Vos droits sociaux dépendent de votre titre de séjour. Une association spécialisée peut vérifier votre situation gratuitement.',
        ],
        organisations: ['droits-quotidiens'],
      },
      {
        title: 'Demander de l’aide au CPAS',
        body: [
          'Selon votre séjour, le CPAS peut accorder le revenu d’intégration ou une aide sociale équivalente, ainsi que l’aide médicale.',
        ],
        articles: ['sae-social-income'],
        organisations: ['mi-is'],
      },
      {
        title: 'Faire soigner vos enfants',
        body: [
          'Les consultations pour enfants de l’ONE sont gratuites et ouvertes à toutes les familles, quel que soit leur séjour.',
        ],
        articles: ['sae-childcare-one', 'sae-bim'],
        organisations: ['one'],
      },
      {
        title: 'Si vous subissez des violences',
        body: [
          'La violence n’est jamais acceptable, quel que soit votre titre de séjour. Des aides existent pour vous protéger avec vos enfants.',
        ],
        articles: ['sae-violence-first-help'],
      },
    ],
  },
];
