import { describe, expect, it } from 'vitest';
import { faqDocSchema } from '@portals/shared/features/faq/faqDocSchema.ts';
import { faqKind } from '@portals/shared/features/faq/kind.ts';
import { referentKind } from '@portals/shared/features/faq/referentKind.ts';
import { themeKind } from '@portals/shared/features/faq/themeKind.ts';
import { mapFixture, restDocs } from './faqnewsFixtures.ts';

describe('the FAQ kind', () => {
  it('maps each entry with its answer as HTML in every language where it is written', () => {
    const [entry] = mapFixture(faqKind, 'faq');
    expect(entry).toMatchObject({
      id: '11',
      answeredById: '3',
      themeIds: ['1'],
      availableLocales: ['fr', 'nl'],
      isDemo: true,
    });
    expect(entry?.translations.fr?.question).toBe(
      'Puis-je dormir à l’hôpital auprès de mon enfant ?',
    );
    expect(entry?.translations.nl?.answerHtml).toContain('<p>De meeste kinderafdelingen');
  });

  it('keeps a French-only entry in French alone', () => {
    const entry = mapFixture(faqKind, 'faq').find((e) => e.id === '14');
    expect(entry?.availableLocales).toEqual(['fr']);
    expect(entry?.translations.nl).toBeUndefined();
  });

  it('leaves out a language whose question has no answer, and says so', () => {
    const warnings: string[] = [];
    const entry = mapFixture(faqKind, 'faq', warnings).find((e) => e.id === '15');
    expect(entry?.availableLocales).toEqual(['fr']);
    expect(warnings).toContain('FAQ entry 15 has a nl question but no answer: left out');
  });

  it('skips an entry with no question in any language', () => {
    const warnings: string[] = [];
    const doc = faqDocSchema.parse({ ...(restDocs('faq')[0] as object), question: { fr: ' ' } });
    expect(faqKind.toEntry(doc, { cmsUrl: '', onWarning: (m) => warnings.push(m) })).toBeNull();
    expect(warnings.at(-1)).toMatch(/no question and answer in any language/);
  });

  it('refuses a document read without locale=all, naming the cause', () => {
    const result = faqDocSchema.safeParse({ ...(restDocs('faq')[0] as object), question: 'Texte' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/was the request made with locale=all\?/);
  });

  it('refuses a document without _status, since published cannot be re-checked', () => {
    const { _status, ...doc } = restDocs('faq')[0] as Record<string, unknown>;
    expect(_status).toBe('published');
    const result = faqDocSchema.safeParse(doc);
    expect(result.error?.issues[0]?.message).toMatch(/are drafts enabled and _status selected/);
  });

  it('names themes only in the languages where they have a title', () => {
    const chronic = mapFixture(themeKind, 'themes').find((theme) => theme.id === '5');
    expect(chronic?.translations).toEqual({
      fr: { title: 'Maladie chronique', slug: 'maladie-chronique' },
    });
  });

  it('reads referent organisations from every portal, without drafts', () => {
    expect(referentKind.byPortal).toBe(false);
    expect(referentKind.drafts).toBe(false);
    const [inami] = mapFixture(referentKind, 'referent-organisations');
    expect(inami?.names.nl).toBe('Rijksinstituut voor ziekte- en invaliditeitsverzekering');
  });
});
