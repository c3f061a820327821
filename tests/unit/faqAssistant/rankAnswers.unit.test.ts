import { describe, expect, it } from 'vitest';
import type { AssistantDoc } from '@portals/shared/features/faq/assistant/assistantIndex.ts';
import { assistantLexicon } from '@portals/shared/features/faq/assistant/assistantLexicon.ts';
import { termsMatch, termsOf } from '@portals/shared/features/faq/assistant/assistantText.ts';
import { prepareIndex, rankAnswers } from '@portals/shared/features/faq/assistant/rankAnswers.ts';

const faq = (title: string, text: string, url: string): AssistantDoc => ({
  kind: 'faq',
  title,
  text,
  url,
});

const frenchDocs: AssistantDoc[] = [
  faq(
    'Comment obtenir la prime de naissance ?',
    'La prime de naissance fait partie des allocations familiales : une somme versée une fois pour chaque enfant. Votre caisse indique le montant exact.',
    '#faq-1',
  ),
  faq(
    'Combien de temps dure le congé de maternité ?',
    'Quinze semaines pour une salariée, dont une partie avant l’accouchement.',
    '#faq-2',
  ),
  faq(
    'Je pleure souvent depuis la naissance : est-ce normal ?',
    'Un coup de blues après la naissance est fréquent ; parlez-en à votre sage-femme.',
    '#faq-3',
  ),
  faq(
    'Puis-je continuer d’allaiter en reprenant le travail ?',
    'Oui : des pauses d’allaitement rémunérées existent sous conditions.',
    '#faq-4',
  ),
  {
    kind: 'article',
    title: 'Le séjour à la maternité après la naissance du bébé',
    text: 'Ce qui se passe les premiers jours avec votre bébé à la maternité.',
    url: '/fr/articles/sejour-maternite/',
  },
  {
    kind: 'article',
    title: 'Allaitement : les premiers jours',
    text: 'Mettre bébé au sein, les positions, à qui demander de l’aide.',
    url: '/fr/articles/allaitement/',
  },
];

const french = prepareIndex({
  locale: 'fr',
  stopWords: [...assistantLexicon.fr.stopWords],
  related: assistantLexicon.fr.related.map((group) => [...group]),
  docs: frenchDocs,
});

const titles = (question: string) =>
  rankAnswers(french, question).map((answer) => answer.doc.title);

describe('termsOf', () => {
  it('drops accents, apostrophes and stop words', () => {
    expect(
      termsOf(
        'Combien d’argent reçoit-on à la naissance du bébé ?',
        new Set(['d', 'on', 'a', 'la', 'du']),
      ),
    ).toEqual(['combien', 'argent', 'recoit', 'naissance', 'bebe']);
  });
});

describe('termsMatch', () => {
  it('takes a word and its longer forms as the same, but not short words', () => {
    expect(termsMatch('bebe', 'bebes')).toBe(true);
    expect(termsMatch('allaiter', 'allaitement')).toBe(true);
    expect(termsMatch('geboorte', 'geboortepremie')).toBe(true);
    expect(termsMatch('an', 'annee')).toBe(false);
    expect(termsMatch('prime', 'primaire')).toBe(false);
  });
});

describe('rankAnswers', () => {
  it('puts the birth allowance first for a question in other words', () => {
    expect(titles('combien d’argent reçoit-on à la naissance du bébé')[0]).toBe(
      'Comment obtenir la prime de naissance ?',
    );
  });

  it('owes that to the related words: without them the allowance is not proposed', () => {
    const bare = prepareIndex({
      locale: 'fr',
      stopWords: [...assistantLexicon.fr.stopWords],
      related: [],
      docs: frenchDocs,
    });
    const answers = rankAnswers(bare, 'combien d’argent reçoit-on à la naissance du bébé');
    expect(answers.map((answer) => answer.doc.url)).not.toContain('#faq-1');
  });

  it('finds breastfeeding at work from words the entry does not use', () => {
    expect(titles('je reprends le boulot, est-ce que je peux encore donner le sein ?')[0]).toBe(
      'Puis-je continuer d’allaiter en reprenant le travail ?',
    );
  });

  it('puts an FAQ answer before an article that is as close', () => {
    const answers = rankAnswers(french, 'allaitement');
    expect(answers[0]?.doc.kind).toBe('faq');
    expect(answers.map((answer) => answer.doc.kind)).toContain('article');
  });

  it('proposes nothing for a question without a word of the answers', () => {
    expect(rankAnswers(french, 'xylophone quantique')).toEqual([]);
    expect(rankAnswers(french, 'le la les ?')).toEqual([]);
  });

  it('finds the Dutch birth allowance inside a compound word', () => {
    const dutch = prepareIndex({
      locale: 'nl',
      stopWords: [...assistantLexicon.nl.stopWords],
      related: assistantLexicon.nl.related.map((group) => [...group]),
      docs: [
        faq(
          'Hoe krijg ik het kraamgeld?',
          'Een bedrag dat één keer per kind wordt betaald.',
          '#faq-1',
        ),
        faq('Ik huil vaak sinds de geboorte: is dat normaal?', 'Een dip komt vaak voor.', '#faq-3'),
      ],
    });
    expect(
      rankAnswers(dutch, 'hoeveel geld krijg je bij de geboorte van je baby')[0]?.doc.url,
    ).toBe('#faq-1');
  });
});
