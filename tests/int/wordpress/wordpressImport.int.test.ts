import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '@portals/cms/import/wordpress';
import { startPayload, type TestPayload } from '../support/startPayload.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/wordpress');
const counted = ['articles', 'sections', 'media', 'redirects'] as const;

let cms: TestPayload;
let first: ImportReport;
let second: ImportReport;
let reportDir: string;

async function runImport(file = path.join(fixtures, 'export.xml'), portal = 'hospichild') {
  const { importWordpress } = await import('@portals/cms/import/wordpress');
  return importWordpress(cms.payload, {
    file,
    portal,
    mediaDir: path.join(fixtures, 'media'),
    now: new Date('2026-01-05T10:00:00Z'),
  });
}

/** Every document's last change, by collection and id: what « nothing changed » compares. */
async function snapshot() {
  const entries = await Promise.all(
    counted.map(async (collection) => {
      const { docs } = await cms.payload.find({
        collection,
        pagination: false,
        depth: 0,
        draft: true,
        overrideAccess: true,
      });
      return docs.map((doc) => `${collection}:${doc.id}:${doc.updatedAt}`);
    }),
  );
  return entries.flat().sort();
}

async function totals() {
  const entries = await Promise.all(
    counted.map(async (collection) => {
      const { totalDocs } = await cms.payload.count({ collection, overrideAccess: true });
      return [collection, totalDocs] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function imported(key: string) {
  const { docs } = await cms.payload.find({
    collection: 'articles',
    where: { 'wordpress.key': { equals: key } },
    locale: 'all',
    draft: true,
    depth: 0,
    overrideAccess: true,
  });
  expect(docs).toHaveLength(1);
  return docs[0] as unknown as Record<string, Record<string, unknown>> & { id: number };
}

async function redirectFrom(from: string) {
  const { docs } = await cms.payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    depth: 0,
    overrideAccess: true,
  });
  return docs;
}

beforeAll(async () => {
  cms = await startPayload();
  first = await runImport();
  second = await runImport();
  const { writeReport } = await import('@portals/cms/import/wordpress');
  reportDir = mkdtempSync(path.join(tmpdir(), 'wxr-report-'));
  writeReport(first, reportDir);
}, 120_000);
afterAll(async () => {
  await cms?.stop();
});

describe('WordPress import', () => {
  it('creates the sections, media, articles and redirects of the export', () => {
    expect(first.counts.sections).toMatchObject({ created: 4, failed: 0 });
    expect(first.counts.media).toMatchObject({ created: 1, skipped: 1, failed: 0 });
    expect(first.counts.articles).toMatchObject({ created: 5, failed: 0, skipped: 0 });
    // The two pages that became sections of the same address need no redirect.
    expect(first.counts.redirects).toMatchObject({ created: 32, skipped: 2, failed: 0 });
  });

  it('changes nothing when the same export is imported again', async () => {
    const before = await snapshot();
    const again = await runImport();
    expect(await snapshot()).toEqual(before);
    for (const counts of Object.values(again.counts)) {
      expect(counts).toMatchObject({ created: 0, updated: 0, failed: 0 });
    }
    expect(second.counts.articles.unchanged).toBe(5);
  });

  it('makes one document of a WPML pair, both languages filled', async () => {
    const bath = await imported('post:10');
    expect(bath.title).toEqual({
      fr: 'Le premier bain de bébé',
      nl: 'Het eerste badje van je baby',
    });
    expect(bath.slug).toEqual({ fr: 'premier-bain', nl: 'eerste-badje' });
    const vaccines = await imported('post:12');
    expect(vaccines.title).toMatchObject({ nl: 'De vaccinatiekalender' });
  });

  it('makes a one-language document of an orphan translation', async () => {
    const sleep = await imported('post:14');
    expect(sleep.title).toEqual({ nl: 'Slapen in de eerste maanden' });
  });

  it('keeps articles as drafts in writing, with their original date', async () => {
    const bath = await imported('post:10');
    expect(bath).toMatchObject({
      _status: 'draft',
      editorialState: 'writing',
      kind: 'news',
      publishedAt: '2024-03-12T08:30:00.000Z',
      portals: ['hospichild'],
    });
    const { totalDocs } = await cms.payload.count({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    });
    expect(totalDocs).toBe(0);
  });

  it('places articles in the sections made from categories and pages', async () => {
    const { docs } = await cms.payload.find({
      collection: 'sections',
      where: { 'wordpress.key': { in: ['category:5', 'category:7', 'page:20'] } },
      locale: 'nl',
      depth: 0,
      overrideAccess: true,
    });
    const byKey = new Map(docs.map((doc) => [doc.wordpress?.key, doc]));
    expect(byKey.get('category:7')).toMatchObject({
      title: 'Vaccinaties',
      portal: 'hospichild',
      parent: byKey.get('category:5')?.id,
    });
    const partners = await imported('page:22');
    expect(partners.sections).toEqual([byKey.get('page:20')?.id]);
  });

  it('uploads attachments with their alternative text in both languages', async () => {
    const { docs } = await cms.payload.find({
      collection: 'media',
      where: { 'wordpress.key': { equals: 'attachment:30' } },
      locale: 'all',
      overrideAccess: true,
    });
    expect(docs[0]).toMatchObject({
      mimeType: 'image/png',
      alt: {
        fr: 'Un bébé assis dans une petite baignoire bleue',
        nl: 'Een baby zit in een klein blauw badje',
      },
    });
    const body = JSON.stringify((await imported('post:10')).body?.fr);
    expect(body).toContain(`"relationTo":"media","value":${JSON.stringify(docs[0]?.id)}`);
  });

  it('points internal links at the imported documents', async () => {
    const about = await imported('page:20');
    const vaccines = await imported('post:12');
    const bath = await imported('post:10');
    const body = JSON.stringify(bath.body?.fr);
    expect(body).toContain(`"doc":{"relationTo":"articles","value":${JSON.stringify(about.id)}}`);
    expect(body).toContain(
      `"doc":{"relationTo":"articles","value":${JSON.stringify(vaccines.id)}}`,
    );
  });

  it('reports unknown shortcodes, missing media and broken links', () => {
    expect(first.unknownShortcodes).toEqual({
      'contact-form-7': ['post:10 « Le premier bain de bébé » (fr)'],
    });
    expect(first.missingMedia).toEqual([
      {
        document: 'post:12 « Le calendrier des vaccins » (fr)',
        file: 'carnet-vaccination.png',
      },
      {
        document: 'attachment:32 « Carnet de vaccination »',
        file: '2024/04/carnet-vaccination.png',
      },
    ]);
    expect(first.brokenLinks).toEqual([
      {
        document: 'post:12 « Le calendrier des vaccins » (fr)',
        href: 'https://www.petitspas.example/fr/sante/fiche-disparue/',
      },
    ]);
    const markdown = readFileSync(path.join(reportDir, 'wordpress-import-hospichild.md'), 'utf8');
    expect(markdown).toContain('| articles | 5 | 0 | 0 | 0 | 0 |');
    expect(markdown).toContain('`[contact-form-7]` in post:10 « Le premier bain de bébé » (fr)');
  });

  it('redirects every old URL to its document, in the language it was in', async () => {
    const bath = await imported('post:10');
    for (const [from, locale] of [
      ['/fr/vie-quotidienne/premier-bain/', 'fr'],
      ['/?p=10', 'fr'],
      ['/nl/dagelijks-leven/eerste-badje/', 'nl'],
      ['/?p=11', 'nl'],
    ]) {
      expect(await redirectFrom(from ?? '')).toMatchObject([
        {
          locale,
          statusCode: '301',
          portal: 'hospichild',
          toDocument: { relationTo: 'articles', value: bath.id },
        },
      ]);
    }
    const about = await imported('page:20');
    expect(await redirectFrom('/?page_id=21')).toMatchObject([
      { locale: 'nl', toDocument: { relationTo: 'articles', value: about.id } },
    ]);
    expect(await redirectFrom('/?cat=7')).toMatchObject([
      { locale: 'fr', toDocument: { relationTo: 'sections' } },
    ]);
  });

  it('stops at a malformed export and changes nothing', async () => {
    const before = await totals();
    await expect(
      runImport(path.join(fixtures, 'malformed.xml'), 'born-in-brussels'),
    ).rejects.toThrow('WordPress export, line 230, <wp:post_name>: unexpected close tag.');
    expect(await totals()).toEqual(before);
  });

  it('updates an imported draft when the export changed', async () => {
    const changed = readFileSync(path.join(fixtures, 'export.xml'), 'utf8').replace(
      'Le premier bain de bébé',
      'Le tout premier bain de bébé',
    );
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'wxr-changed-')), 'export.xml');
    writeFileSync(file, changed);
    const report = await runImport(file);
    expect(report.counts.articles).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    expect((await imported('post:10')).title).toMatchObject({ fr: 'Le tout premier bain de bébé' });
  });

  it('leaves alone an imported article an editor has since published', async () => {
    const about = await imported('page:20');
    await cms.payload.update({
      collection: 'articles',
      id: about.id,
      locale: 'fr',
      data: { title: 'Qui sommes-nous', _status: 'published' },
      overrideAccess: true,
    });
    const report = await runImport();
    expect(report.counts.articles.skipped).toBe(1);
    expect(report.warnings).toContainEqual({
      document: 'page:20 « À propos »',
      message: 'taken further by an editor since the import: left alone',
    });
    expect((await imported('page:20')).title).toMatchObject({ fr: 'Qui sommes-nous' });
  });
});
