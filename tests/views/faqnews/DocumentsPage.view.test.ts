import { portals } from '@portals/content-models';
import { describe, expect, it } from 'vitest';
import DocumentLinks from '@portals/shared/features/documents/DocumentLinks.astro';
import { documentRoutes } from '@portals/shared/features/documents/documentRoutes.ts';
import { listDocuments } from '@portals/shared/features/documents/listDocuments.ts';
import { views } from '@portals/shared/features/documents/views.ts';
import { fixtureEntries, routeContext } from '../../unit/faqnews/faqnewsFixtures.ts';
import { renderView } from '../renderView.ts';

const site = { portal: portals.hospichild };
const entries = fixtureEntries();
const documents = entries.documents ?? [];

async function render(locale: 'fr' | 'nl') {
  const [route] = documentRoutes(routeContext(entries), locale);
  if (!route) throw new Error(`no ${locale} documents page`);
  return (
    await renderView(views.documentList, { site, route, data: { navigation: () => [] } })
  ).replace(/\u202f/g, ' ');
}

describe('DocumentsPage', () => {
  it('groups the documents under a heading per kind', async () => {
    const html = await render('fr');
    expect(html).toMatch(/<h1[^>]*>Documents<\/h1>/);
    expect(html).toMatch(/<h2 id="documents-study"[^>]*>Études<\/h2>/);
    expect(html).toMatch(/<h2 id="documents-brochure"[^>]*>Brochures<\/h2>/);
  });

  it('links each file on the CMS with its language, type, format and size', async () => {
    const html = await render('fr');
    expect(html).toMatch(
      /<a href="https:\/\/cms.example.test\/api\/documents\/file\/guide-du-sejour.pdf" hreflang="fr" type="application\/pdf"/,
    );
    expect(html).toContain('(PDF, 240 ko)');
    expect(html).toContain('(PDF, 1,3 Mo)');
  });

  it('writes the size with Dutch units and marks a French-only document', async () => {
    const html = await render('nl');
    expect(html).toContain('(PDF, 240 kB)');
    expect(html).toMatch(/hreflang="fr" type="application\/pdf"[^>]*><span lang="fr"[^>]*>Étude/);
    expect(html).toContain('(in het Frans)');
  });
});

describe('DocumentLinks', () => {
  it('lists documents under its own heading where another page shows them', async () => {
    const items = listDocuments(
      documents.filter((d) => d.themeIds.includes('2')),
      'nl',
    );
    const html = await renderView(DocumentLinks, { items, locale: 'nl', heading: 2 });
    expect(html).toMatch(/<h2[^>]*>Documenten om te downloaden<\/h2>/);
    expect(html).toContain('Affiche: de rechten van het gehospitaliseerde kind');
    expect(html).toContain('(PDF, 1 kB)');
  });

  it('renders nothing for an empty list', async () => {
    const html = await renderView(DocumentLinks, { items: [], locale: 'fr', heading: 2 });
    expect(html.trim()).toBe('');
  });
});
