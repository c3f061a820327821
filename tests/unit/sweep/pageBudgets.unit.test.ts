import { describe, expect, it } from 'vitest';
import type { BuiltPage } from '../../e2e/support/sweep/builtSite.ts';
import { htmlTags } from '../../e2e/support/sweep/htmlTags.ts';
import { pageBudgetsKb, pageKindOf } from '../../e2e/support/sweep/pageBudgets.ts';

function built(urlPath: string, body = '<body>'): BuiltPage {
  const html = `<html lang="${urlPath.split('/')[1] === 'nl' ? 'nl' : 'fr'}">${body}`;
  return { urlPath, file: 'x.html', html, tags: htmlTags(html) };
}

describe('pageKindOf', () => {
  it('takes the kind the page declares on its body', () => {
    expect(pageKindOf(built('/fr/x/', '<body data-page-kind="hospital">'))).toBe('hospital');
  });

  it('guesses the kind from the address otherwise', () => {
    expect(pageKindOf(built('/'))).toBe('chooser');
    expect(pageKindOf(built('/nl/404.html'))).toBe('notFound');
    expect(pageKindOf(built('/nl/'))).toBe('home');
    expect(pageKindOf(built('/nl/artikels/een/'))).toBe('article');
    expect(pageKindOf(built('/fr/associations/'))).toBe('directory');
    expect(pageKindOf(built('/fr/associations/une-asbl/'))).toBe('organisation');
    expect(pageKindOf(built('/fr/associations/commune/1000/'))).toBe('directory');
    expect(pageKindOf(built('/fr/hopitaux/saint-pierre/'))).toBe('hospital');
    expect(pageKindOf(built('/fr/vivre-avec/la-maladie/'))).toBe('section');
  });

  it('keeps an article within 30 KB', () => {
    expect(pageBudgetsKb.article).toBe(30);
  });
});
