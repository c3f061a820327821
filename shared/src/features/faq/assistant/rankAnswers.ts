import type { AssistantDoc, AssistantIndex } from './assistantIndex.ts';
import { termsMatch, termsOf } from './assistantText.ts';

/** A proposed answer and how close it is to the question, from 0 to 1. */
export interface RankedAnswer {
  doc: AssistantDoc;
  score: number;
}

interface PreparedDoc {
  doc: AssistantDoc;
  title: string[];
  text: string[];
}

/** An index made ready to answer many questions: its words split once. */
export interface PreparedIndex {
  stopWords: ReadonlySet<string>;
  related: string[][];
  docs: PreparedDoc[];
}

/** A question's words in the title count twice as much as in the answer. */
const titleWeight = 2;
/** A related word (`argent` for `prime`) counts for this much of the word itself. */
const relatedWeight = 0.6;
/** Articles come after an FAQ answer that is as close. */
const articleWeight = 0.9;

export function prepareIndex(index: AssistantIndex): PreparedIndex {
  const stopWords = new Set(index.stopWords);
  return {
    stopWords,
    related: index.related.map((group) => group.flatMap((word) => termsOf(word, stopWords))),
    docs: index.docs.map((doc) => ({
      doc,
      title: termsOf(doc.title, stopWords),
      text: termsOf(doc.text, stopWords),
    })),
  };
}

/** How well a field answers one word of the question: 1 for the word, less for a related one. */
function strength(term: string, relatedWords: readonly string[], field: readonly string[]): number {
  if (field.some((word) => termsMatch(term, word))) return 1;
  if (field.some((word) => relatedWords.some((other) => termsMatch(other, word))))
    return relatedWeight;
  return 0;
}

/**
 * The answers closest to a question written in the reader's own words, best first: each word
 * of the question found in a title or an answer, or a related word found there, weighted by
 * how rare the word is among all answers (TF-IDF without the counting: answers are short).
 * Answers below `minScore` are left out; none means the site has no answer to offer.
 */
export function rankAnswers(
  index: PreparedIndex,
  question: string,
  { limit = 5, minScore = 0.15 }: { limit?: number; minScore?: number } = {},
): RankedAnswer[] {
  const terms = [...new Set(termsOf(question, index.stopWords))];
  if (terms.length === 0 || index.docs.length === 0) return [];
  const count = index.docs.length;
  const weights = terms.map((term) => {
    const found = index.docs.filter((doc) =>
      [...doc.title, ...doc.text].some((word) => termsMatch(term, word)),
    ).length;
    return Math.log(1 + count / (1 + found));
  });
  const relatedOf = terms.map((term) =>
    index.related.filter((group) => group.some((word) => termsMatch(term, word))).flat(),
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0) * (titleWeight + 1);
  return index.docs
    .map(({ doc, title, text }) => {
      const found = terms.reduce(
        (sum, term, i) =>
          sum +
          (weights[i] ?? 0) *
            (titleWeight * strength(term, relatedOf[i] ?? [], title) +
              strength(term, relatedOf[i] ?? [], text)),
        0,
      );
      return { doc, score: (found / total) * (doc.kind === 'article' ? articleWeight : 1) };
    })
    .filter((answer) => answer.score >= minScore)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.doc.kind === b.doc.kind ? 0 : a.doc.kind === 'faq' ? -1 : 1) ||
        a.doc.title.localeCompare(b.doc.title),
    )
    .slice(0, limit);
}
