import { describe, expect, it } from 'vitest';
import { htmlToText } from '@portals/shared/features/faq/assistant/buildAssistantIndex.ts';
import { faqAssistantRoutes } from '@portals/shared/features/faq/faqRoutes.ts';
import { fixtureEntries, routeContext } from '../faqnews/faqnewsFixtures.ts';

const indexRoute = (locale: 'fr' | 'nl') =>
  faqAssistantRoutes(routeContext(fixtureEntries()), locale)[0];

describe('the FAQ assistant index', () => {
  it('is a JSON file beside the FAQ page of each language, kept out of the sitemap', () => {
    expect(indexRoute('fr')).toMatchObject({
      path: '/fr/questions-frequentes/assistant.json',
      indexable: false,
      file: { contentType: 'application/json; charset=utf-8' },
    });
    expect(indexRoute('nl')?.path).toBe('/nl/veelgestelde-vragen/assistant.json');
  });

  it('links each answer of the language by its anchor on the FAQ page, as plain text', () => {
    const index = indexRoute('fr')?.index;
    const docs = index?.docs ?? [];
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      expect(doc.kind).toBe('faq');
      expect(doc.url).toMatch(/^#faq-\w+$/);
      expect(doc.text).not.toMatch(/[<>]/);
    }
    expect(index?.stopWords).toContain('le');
  });

  it('turns answer HTML into text, entities included', () => {
    expect(htmlToText('<p>Oui&nbsp;: <strong>15</strong> semaines &amp; plus</p>')).toBe(
      'Oui : 15 semaines & plus',
    );
  });
});
