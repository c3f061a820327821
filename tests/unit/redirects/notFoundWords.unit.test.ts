import { describe, expect, it } from 'vitest';
import { notFoundWords } from '@portals/shared/features/redirects/notFoundWords.ts';

describe('notFoundWords', () => {
  it('takes the words of the address without its language, extension and short words', () => {
    expect(notFoundWords('/fr/articles/passer-la-nuit-a-l-hopital.html')).toEqual([
      'articles',
      'hopital',
      'passer',
      'nuit',
    ]);
  });

  it('reads encoded accents and drops numbers and repeated words', () => {
    expect(notFoundWords('/nl/2024/kraam%C3%A9t%C3%A9_kraam%C3%A9t%C3%A9/12')).toEqual([
      'kraamété',
    ]);
  });

  it('finds nothing to look for in an address of numbers and noise', () => {
    expect(notFoundWords('/fr/index.php')).toEqual([]);
  });
});
