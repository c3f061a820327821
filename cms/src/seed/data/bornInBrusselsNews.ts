import type { SeedArticle } from '../types.ts';

/** Born in Brussels demonstration news, in our own words (fictional events, marked as such). */
const noteFr = 'Actualité fictive, rédigée pour la démonstration.';
const noteNl = 'Fictief nieuws, geschreven als demonstratie.';

function news(
  key: string,
  publishedAt: string,
  fr: [title: string, summary: string, body: string],
  nl?: [title: string, summary: string, body: string],
): SeedArticle {
  return {
    key,
    kind: 'news',
    sections: [],
    publishedAt,
    fr: { title: fr[0], summary: fr[1], body: [fr[2], noteFr] },
    ...(nl ? { nl: { title: nl[0], summary: nl[1], body: [nl[2], noteNl] } } : {}),
  };
}

export const bornInBrusselsNews: SeedArticle[] = [
  news(
    'bib-news-translated-leaflets',
    '2026-09-14T09:00:00.000Z',
    [
      'Des fiches sur la grossesse en douze langues',
      'Les fiches « premier rendez-vous » et « valise de maternité » existent désormais en douze langues.',
      'Pour les parents qui ne parlent ni le français ni le néerlandais à la maison, les professionnels peuvent imprimer ces fiches dans la langue de la famille.',
    ],
    [
      'Fiches over de zwangerschap in twaalf talen',
      'De fiches ‘eerste afspraak’ en ‘valies voor de materniteit’ bestaan nu in twaalf talen.',
      'Voor ouders die thuis geen Frans of Nederlands spreken, kunnen professionals deze fiches afdrukken in de taal van het gezin.',
    ],
  ),
  news(
    'bib-news-network-meeting',
    '2026-10-05T09:00:00.000Z',
    [
      'Le réseau périnatal bruxellois se réunit à Anderlecht',
      'Sages-femmes, travailleurs sociaux et maternités ont partagé leurs pratiques d’accompagnement.',
      'La rencontre portait sur l’orientation des futures mères en situation de précarité vers un suivi de grossesse dès le premier trimestre.',
    ],
    [
      'Het Brusselse perinatale netwerk komt samen in Anderlecht',
      'Vroedvrouwen, maatschappelijk werkers en materniteiten deelden hun manier van begeleiden.',
      'De ontmoeting ging over het doorverwijzen van kwetsbare aanstaande moeders naar zwangerschapsopvolging vanaf het eerste trimester.',
    ],
  ),
  news('bib-news-breastfeeding-week', '2026-10-20T09:00:00.000Z', [
    'Semaine de l’allaitement : des permanences dans les quartiers',
    'Des consultantes en lactation tiennent des permanences gratuites dans plusieurs communes.',
    'Sans rendez-vous, les parents peuvent poser leurs questions sur l’allaitement, le tire-lait ou la reprise du travail.',
  ]),
];
