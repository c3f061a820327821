import type { Article } from '@portals/content-models/payload-types';
import type { Id } from './findId.ts';
import { toLexical } from './toLexical.ts';

type RichText = NonNullable<Article['body']>;

const topics = [
  { fr: 'l’hôpital', nl: 'het ziekenhuis' },
  { fr: 'la fratrie', nl: 'broers en zussen' },
  { fr: 'l’école à l’hôpital', nl: 'school in het ziekenhuis' },
  { fr: 'la mutualité', nl: 'het ziekenfonds' },
  { fr: 'les nuits auprès de l’enfant', nl: 'de nachten bij het kind' },
  { fr: 'les droits des parents', nl: 'de rechten van ouders' },
  { fr: 'le retour à la maison', nl: 'de terugkeer naar huis' },
];

// Sentences of our own, combined by index so bodies differ in wording and length.
const sentences = {
  fr: [
    'Chaque famille vit ce moment à sa manière, et les équipes le savent.',
    'Demandez à l’infirmière de référence ce qui est prévu pour les prochains jours.',
    'Les horaires de visite sont souples pour les parents, plus stricts pour les autres proches.',
    'Gardez une copie des documents remis à la sortie : ils servent pour la mutualité.',
    'Un service social répond aux questions d’argent, de travail et de transport.',
  ],
  nl: [
    'Elk gezin beleeft dit moment op zijn eigen manier, en de teams weten dat.',
    'Vraag de referentieverpleegkundige wat er de komende dagen gepland is.',
    'De bezoekuren zijn soepel voor ouders, strenger voor andere naasten.',
    'Bewaar een kopie van de documenten die je bij het ontslag krijgt: het ziekenfonds vraagt ernaar.',
    'Een sociale dienst beantwoordt vragen over geld, werk en vervoer.',
  ],
};

export type BenchLocale = 'fr' | 'nl';

export function benchTopic(index: number, locale: BenchLocale): string {
  return topics[index % topics.length]?.[locale] ?? '';
}

/** One to six paragraphs of two to four sentences: bodies vary in length as real ones do. */
function paragraphs(index: number, locale: BenchLocale): string[] {
  const list = sentences[locale];
  const count = 1 + ((index * 7) % 6);
  return Array.from({ length: count }, (_, p) =>
    Array.from(
      { length: 2 + ((index + p) % 3) },
      (_, s) => list[(index + p + s) % list.length] ?? '',
    ).join(' '),
  );
}

/**
 * The body of bench article `index`; with `linkTo`, its last paragraph links to that article
 * the way an editor's internal link is stored (resolved to a URL when the page is rendered).
 */
export function benchBody(index: number, locale: BenchLocale, linkTo?: Id): RichText {
  const body = toLexical(paragraphs(index, locale));
  if (linkTo === undefined) return body;
  const label = locale === 'fr' ? 'Lire aussi cet article' : 'Lees ook dit artikel';
  body.root.children.push({
    type: 'paragraph',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    textFormat: 0,
    textStyle: '',
    children: [
      {
        type: 'link',
        format: '',
        indent: 0,
        version: 3,
        direction: 'ltr',
        fields: {
          linkType: 'internal',
          newTab: false,
          doc: { relationTo: 'articles', value: linkTo },
        },
        children: [
          {
            type: 'text',
            text: label,
            format: 0,
            style: '',
            mode: 'normal',
            detail: 0,
            version: 1,
          },
        ],
      },
    ],
  });
  return body;
}
