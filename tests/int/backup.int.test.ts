import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backup, restore, uploadFolders } from '@portals/cms/backup';
import { createArticle } from './support/fixtures.ts';
import { dropTestDatabase, readDatabase } from './support/readDatabase.ts';
import { readFiles } from './support/readFiles.ts';
import { onMongo, startPayload, type TestPayload } from './support/startPayload.ts';
import { testDatabaseUrl } from './support/testDatabaseUrl.ts';

let cms: TestPayload;
let source: { url: string; dataDir: string };
let scratch: string;
const targets: string[] = [];
const log = () => undefined;

function uploads(dataDir: string) {
  return Object.fromEntries(
    uploadFolders.map((folder) => [folder, readFiles(path.join(dataDir, folder))]),
  );
}

/** A fresh, empty database and data folder to restore into. */
function emptyTarget() {
  const dataDir = mkdtempSync(path.join(scratch, 'target-'));
  const url = testDatabaseUrl(dataDir);
  targets.push(url);
  return { url, dataDir };
}

beforeAll(async () => {
  cms = await startPayload();
  source = { url: process.env.DATABASE_URL ?? '', dataDir: process.env.CMS_DATA_DIR ?? '' };
  scratch = mkdtempSync(path.join(tmpdir(), 'portals-backup-'));
  await createArticle(cms.payload, { title: 'Sauvegardé' });
  const png = await sharp({
    create: { width: 64, height: 48, channels: 3, background: '#e07020' },
  })
    .png()
    .toBuffer();
  await cms.payload.create({
    collection: 'media',
    locale: 'fr',
    data: { alt: 'Un carré orange' },
    file: { data: png, name: 'carre.png', mimetype: 'image/png', size: png.length },
    overrideAccess: true,
  });
});
afterAll(async () => {
  for (const url of targets) await dropTestDatabase(url);
  await cms?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe(`backup and restore (${onMongo ? 'MongoDB' : 'SQLite'})`, () => {
  it('restores into an empty database every document and every uploaded file', async () => {
    const outDir = path.join(scratch, 'round-trip');
    const manifest = await backup({
      databaseUrl: source.url,
      dataDir: source.dataDir,
      outDir,
      log,
    });
    expect(manifest.files.media).toBeGreaterThan(0);
    const target = emptyTarget();
    await restore({
      databaseUrl: target.url,
      dataDir: target.dataDir,
      fromDir: outDir,
      force: false,
      log,
    });
    const [before, after] = [await readDatabase(source.url), await readDatabase(target.url)];
    expect(before.articles?.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
    expect(uploads(target.dataDir)).toEqual(uploads(source.dataDir));
  });

  it('refuses to restore over a database that holds content', async () => {
    const outDir = path.join(scratch, 'refused');
    await backup({ databaseUrl: source.url, dataDir: source.dataDir, outDir, log });
    const where = onMongo ? 'the MongoDB database' : source.url.slice('file:'.length);
    await expect(
      restore({
        databaseUrl: source.url,
        dataDir: source.dataDir,
        fromDir: outDir,
        force: false,
        log,
      }),
    ).rejects.toThrow(
      `Restore refused: ${where} already holds content. Restore into an empty database, or add --force to replace it.`,
    );
  });

  it('leaves the database and the files as they were when a forced restore fails', async () => {
    const outDir = path.join(scratch, 'damaged');
    await backup({ databaseUrl: source.url, dataDir: source.dataDir, outDir, log });
    const before = await readDatabase(source.url);
    const files = uploads(source.dataDir);
    // Damage the database part of a copy whose uploads would otherwise restore fine.
    const damaged = path.join(scratch, 'damaged-copy');
    cpSync(outDir, damaged, { recursive: true });
    if (onMongo)
      writeFileSync(path.join(damaged, 'mongodb', 'users.ejson'), '{"_id": {"$oid": "nope"\n');
    else writeFileSync(path.join(damaged, 'database.sqlite'), 'not a database at all');
    await expect(
      restore({
        databaseUrl: source.url,
        dataDir: source.dataDir,
        fromDir: damaged,
        force: true,
        log,
      }),
    ).rejects.toThrow(
      onMongo
        ? 'users.ejson:1 is not Extended JSON'
        : "The backup's database fails SQLite's integrity check",
    );
    expect(await readDatabase(source.url)).toEqual(before);
    expect(uploads(source.dataDir)).toEqual(files);
  });
});
