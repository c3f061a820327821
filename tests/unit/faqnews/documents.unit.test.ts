import { describe, expect, it } from 'vitest';
import { documentRoutes } from '@portals/shared/features/documents/documentRoutes.ts';
import { documentsFeature } from '@portals/shared/features/documents/feature.ts';
import { fileFormat, formatFileSize } from '@portals/shared/features/documents/fileFacts.ts';
import { documentKind } from '@portals/shared/features/documents/kind.ts';
import { listDocuments } from '@portals/shared/features/documents/listDocuments.ts';
import { fileUrl } from '@portals/shared/features/documents/toSiteDocument.ts';
import { mapFixture, routeContext } from './faqnewsFixtures.ts';

const warnings: string[] = [];
const documents = mapFixture(documentKind, 'documents', warnings);

describe('the documents kind', () => {
  it('reads an upload collection without drafts', () => {
    expect(documentKind.drafts).toBe(false);
  });

  it('makes the file URL absolute on the CMS', () => {
    expect(documents[0]).toMatchObject({
      id: '21',
      url: 'https://cms.example.test/api/documents/file/guide-du-sejour.pdf',
      mimeType: 'application/pdf',
      filesize: 240312,
      availableLocales: ['fr', 'nl'],
    });
  });

  it('rebases a URL Payload wrote against its own server address onto the CMS URL', () => {
    expect(documents.find((document) => document.id === '23')?.url).toBe(
      'https://cms.example.test/api/documents/file/affiche-droits.pdf',
    );
    expect(fileUrl('/api/documents/file/a%20b.pdf', 'https://example.test/cms/')).toBe(
      'https://example.test/cms/api/documents/file/a%20b.pdf',
    );
  });

  it('skips a document without a file, and says so', () => {
    expect(documents.map((document) => document.id)).toEqual(['21', '22', '23']);
    expect(warnings).toContain('document 24 has no file: skipped');
  });
});

describe('file facts', () => {
  // French puts a narrow no-break space before the unit; compared here as a plain space.
  const size = (bytes: number, locale: 'fr' | 'nl') =>
    formatFileSize(bytes, locale).replace(/\s/gu, ' ');

  it('writes sizes with the units of each language', () => {
    expect(size(240312, 'fr')).toBe('240 ko');
    expect(size(240312, 'nl')).toBe('240 kB');
    expect(size(1_325_000, 'fr')).toBe('1,3 Mo');
    expect(size(480, 'nl')).toBe('1 kB');
  });

  it('names the format from the MIME type, else from the extension', () => {
    expect(fileFormat('application/pdf', 'x.bin')).toBe('PDF');
    expect(fileFormat('application/vnd.oasis.opendocument.text', 'note.odt')).toBe('ODT');
  });
});

describe('the documents page', () => {
  const context = routeContext({ documents });

  it('groups documents by kind, in the CMS’s order of kinds', () => {
    const [page] = documentRoutes(context, 'fr');
    expect(page?.path).toBe('/fr/documents/');
    expect(page?.groups.map((group) => group.kind)).toEqual(['study', 'brochure', 'poster']);
  });

  it('shows format and size on each link, in the page’s language', () => {
    const [page] = documentRoutes(context, 'nl');
    expect(page?.path).toBe('/nl/documenten/');
    const brochure = page?.groups.find((group) => group.kind === 'brochure')?.items[0];
    expect(brochure).toMatchObject({
      title: 'Gids voor het verblijf in het ziekenhuis',
      format: 'PDF',
      size: formatFileSize(240312, 'nl'),
      lang: 'nl',
      inOtherLanguage: false,
    });
  });

  it('lists a French-only document on the Dutch page in French, marked so', () => {
    const study = listDocuments(documents, 'nl').find((item) => item.id === '22');
    expect(study).toMatchObject({
      title: 'Étude : les parents à l’hôpital',
      lang: 'fr',
      inOtherLanguage: true,
    });
  });

  it('makes no page and no menu entry for a portal without documents', () => {
    const none = routeContext({ documents: [] });
    expect(documentRoutes(none, 'fr')).toEqual([]);
    expect(documentsFeature.entryPoints(none, 'fr', {})).toEqual([]);
    expect(documentsFeature.entryPoints(context, 'nl', {})[0]?.href).toBe('/nl/documenten/');
  });
});
