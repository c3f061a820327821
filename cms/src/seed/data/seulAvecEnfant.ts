import type { SeedArticle, SeedSection } from '../types.ts';

/** seul avec enfant is French only: situations first, then rights and supports. */
function subs(parent: string, items: [key: string, title: string][]): SeedSection[] {
  return items.map(([key, title], index) => ({ key, parent, order: index + 1, fr: { title } }));
}

export const seulAvecEnfantSections: SeedSection[] = [
  {
    key: 'events',
    order: 1,
    fr: {
      // The step-by-step journeys are "Événements de vie" (the journeys feature); this
      // section holds the pages of each situation, so it needs a name of its own in the menu.
      title: 'Ma situation',
      description: 'Ce qui change quand on élève seul ses enfants, selon ce que vous vivez.',
    },
  },
  ...subs('events', [
    ['events-separation', 'Je divorce ou je me sépare'],
    ['events-violence', 'Je suis victime de violences'],
    ['events-new-couple', 'Je suis à nouveau en couple'],
    ['events-bereavement', 'Je suis en deuil'],
    ['events-solo', 'Je suis parent seul dès le départ'],
    ['events-temporary', 'Je suis seul temporairement'],
    ['events-migrant', 'Je suis une femme migrante'],
  ]),
  {
    key: 'rights',
    order: 2,
    fr: {
      title: 'Droits et aides',
      description: 'Les aides auxquelles une famille monoparentale peut prétendre.',
    },
  },
  ...subs('rights', [
    ['rights-childcare', 'Accueil de l’enfance'],
    ['rights-vouchers', 'Titres-services'],
    ['rights-unemployment', 'Allocations de chômage'],
    ['rights-social-income', 'Revenu d’intégration et CPAS'],
    ['rights-tax', 'Avantages fiscaux'],
    ['rights-bim', 'Intervention majorée (BIM)'],
    ['rights-allowances', 'Allocations familiales'],
    ['rights-maintenance', 'Contributions alimentaires'],
  ]),
];

const demo =
  'Texte de démonstration rédigé pour ce prototype ; il ne remplace pas l’avis de l’organisation référente.';

function page(
  key: string,
  sections: string[],
  themes: string[],
  publishedAt: string,
  title: string,
  summary: string,
  body: string[],
): SeedArticle {
  return {
    key,
    kind: 'page',
    sections,
    themes,
    publishedAt,
    fr: { title, summary, body: [demo, ...body] },
  };
}

export const seulAvecEnfantArticles: SeedArticle[] = [
  page(
    'sae-separation-steps',
    ['events-separation', 'rights-maintenance'],
    ['separation'],
    '2026-02-02T09:00:00.000Z',
    'Se séparer : les premières démarches',
    'Hébergement des enfants, logement, contribution alimentaire : par où commencer.',
    [
      'Une séparation soulève beaucoup de questions à la fois. Commencez par ce qui concerne les enfants : où vivront-ils, et comment les frais seront-ils partagés ?',
      '## Trois étapes',
      '- chercher un accord, seuls ou avec un médiateur familial agréé\n- faire homologuer l’accord par le tribunal de la famille\n- adapter ses droits : allocations familiales, impôts, logement',
    ],
  ),
  page(
    'sae-maintenance-secal',
    ['rights-maintenance', 'events-separation'],
    ['maintenance'],
    '2026-02-20T09:00:00.000Z',
    'Pension alimentaire impayée : le recours au SECAL',
    'Avances et récupération des montants dus : ce que le service public peut faire pour vous.',
    [
      'Quand la contribution alimentaire n’est pas payée, le Service des créances alimentaires peut intervenir.',
      'Il peut avancer une partie des montants pour les enfants, sous conditions de revenus, et récupérer les sommes auprès du parent qui doit payer.',
    ],
  ),
  page(
    'sae-violence-first-help',
    ['events-violence'],
    ['violence'],
    '2026-03-05T09:00:00.000Z',
    'Violences dans le couple : se protéger avec ses enfants',
    'Lignes d’écoute, hébergement d’urgence, plainte : les aides à connaître.',
    [
      'En danger immédiat, appelez le 112. Des lignes d’écoute gratuites et anonymes peuvent aussi vous conseiller et vous orienter.',
      'Des maisons d’accueil hébergent les parents et leurs enfants le temps de trouver une solution durable.',
    ],
  ),
  page(
    'sae-childcare-one',
    ['rights-childcare', 'events-solo'],
    ['early-childhood'],
    '2026-03-22T09:00:00.000Z',
    'Faire garder son enfant quand on travaille seul',
    'Milieux d’accueil, tarifs selon les revenus, accueil flexible : les options en Wallonie.',
    [
      'Les milieux d’accueil agréés par l’ONE calculent la participation financière selon les revenus du ménage.',
      'Certains proposent un accueil à horaires élargis ou d’urgence, utile quand on est seul à organiser la garde.',
    ],
  ),
  page(
    'sae-social-income',
    ['rights-social-income', 'events-temporary'],
    ['social-income'],
    '2026-04-08T09:00:00.000Z',
    'Le revenu d’intégration pour un parent seul',
    'Qui peut le demander, à quel CPAS, et ce que change le fait d’avoir un enfant à charge.',
    [
      'Le revenu d’intégration est un droit pour qui n’a pas de ressources suffisantes et remplit les conditions.',
      'La demande se fait au CPAS de la commune où vous vivez ; il doit prendre une décision dans un délai fixé par la loi.',
    ],
  ),
  page(
    'sae-tax-single-parent',
    ['rights-tax'],
    ['tax'],
    '2026-04-25T09:00:00.000Z',
    'Impôts : les avantages pour les familles monoparentales',
    'Enfants à charge, majoration pour parent isolé, frais de garde : ce qui se déclare.',
    [
      'Un parent seul avec enfant à charge bénéficie d’une quotité exemptée majorée.',
      'Les frais de garde des jeunes enfants peuvent ouvrir un droit à une réduction d’impôt, sur attestation du milieu d’accueil.',
    ],
  ),
  page(
    'sae-bim',
    ['rights-bim', 'events-bereavement'],
    ['health-insurance'],
    '2026-05-10T09:00:00.000Z',
    'L’intervention majorée : des soins de santé moins chers',
    'Le statut BIM réduit la part à payer chez le médecin, le dentiste et à la pharmacie.',
    [
      'Les familles monoparentales aux revenus modestes peuvent obtenir l’intervention majorée.',
      'La demande se fait auprès de la mutualité ; le statut s’étend aux enfants à charge.',
    ],
  ),
  page(
    'sae-family-allowances',
    ['rights-allowances', 'events-new-couple'],
    ['family-allowances'],
    '2026-06-03T09:00:00.000Z',
    'Allocations familiales : ce qui change pour une famille monoparentale',
    'Suppléments selon les revenus, changement de situation à signaler : les repères.',
    [
      'En Wallonie, des suppléments sociaux peuvent s’ajouter au montant de base selon les revenus du ménage.',
      'Toute nouvelle vie de couple se signale à la caisse, car elle peut modifier les suppléments.',
    ],
  ),
];
