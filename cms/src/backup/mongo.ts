import { createReadStream, createWriteStream, mkdirSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { BSON, MongoClient, type Db, type Document } from 'mongodb';
import type { Log } from './layout.ts';
import type { Staged } from './uploads.ts';

/** Payload's own bookkeeping: a migrated but otherwise empty database counts as empty. */
const bookkeeping = new Set(['payload-migrations']);
/** Prefix of the collections a restore writes before swapping them in. */
const stagingPrefix = 'restoring__';
const batchSize = 500;

/** Connects with the URL's options; the caller closes the client. */
export async function connectMongo(url: string): Promise<{ client: MongoClient; db: Db }> {
  const client = await new MongoClient(url, { serverSelectionTimeoutMS: 5_000 }).connect();
  return { client, db: client.db() };
}

async function collectionNames(db: Db): Promise<string[]> {
  const infos = await db.listCollections({}, { nameOnly: true }).toArray();
  return infos
    .map((info) => info.name)
    .filter((name) => !name.startsWith('system.'))
    .sort();
}

/** Documents per collection. */
export async function mongoCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await collectionNames(db)) {
    counts[name] = await db.collection(name).countDocuments();
  }
  return counts;
}

/** True when no collection outside Payload's bookkeeping holds a document. */
export async function mongoIsEmpty(db: Db): Promise<boolean> {
  const counts = await mongoCounts(db);
  return Object.entries(counts).every(([name, n]) => bookkeeping.has(name) || n === 0);
}

/**
 * Writes every collection as canonical Extended JSON, one document per line (`<name>.ejson`):
 * ObjectIds, dates and binary data come back with their types, and no file is read whole.
 */
export async function backupMongo(
  db: Db,
  outDir: string,
  log: Log,
): Promise<Record<string, number>> {
  mkdirSync(outDir, { recursive: true });
  const counts: Record<string, number> = {};
  for (const name of await collectionNames(db)) {
    const out = createWriteStream(path.join(outDir, `${name}.ejson`));
    let n = 0;
    for await (const doc of db.collection(name).find({}).sort({ _id: 1 })) {
      if (!out.write(`${BSON.EJSON.stringify(doc, { relaxed: false })}\n`))
        await once(out, 'drain');
      n += 1;
    }
    out.end();
    await once(out, 'finish');
    counts[name] = n;
    log(`  ${name}: ${String(n)} documents`);
  }
  return counts;
}

async function* readDocuments(file: string): AsyncGenerator<Document> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    try {
      yield BSON.EJSON.parse(line, { relaxed: false }) as Document;
    } catch (error) {
      throw new Error(
        `${file}:${String(lineNumber)} is not Extended JSON: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
  }
}

/**
 * Writes every collection of the backup into staging collections; `commit` renames them over
 * the live ones and drops the live collections the backup does not have. A restore that
 * fails before `commit` drops the staging collections and leaves the database as it was.
 */
export async function stageMongo(db: Db, backupDir: string, log: Log): Promise<Staged> {
  const names = readdirSync(backupDir)
    .filter((file) => file.endsWith('.ejson'))
    .map((file) => file.slice(0, -'.ejson'.length))
    .sort();
  const dropStaging = async () => {
    for (const name of await collectionNames(db)) {
      if (name.startsWith(stagingPrefix)) await db.collection(name).drop();
    }
  };
  try {
    await dropStaging();
    for (const name of names) {
      const staging = db.collection(stagingPrefix + name);
      await db.createCollection(stagingPrefix + name);
      let batch: Document[] = [];
      let n = 0;
      for await (const doc of readDocuments(path.join(backupDir, `${name}.ejson`))) {
        batch.push(doc);
        if (batch.length === batchSize) {
          await staging.insertMany(batch, { ordered: true });
          n += batch.length;
          batch = [];
        }
      }
      if (batch.length > 0) await staging.insertMany(batch, { ordered: true });
      n += batch.length;
      log(`  ${name}: ${String(n)} documents ready`);
    }
  } catch (error) {
    await dropStaging();
    throw error;
  }
  return {
    commit: async () => {
      const live = await collectionNames(db);
      for (const name of names) {
        await db.renameCollection(stagingPrefix + name, name, { dropTarget: true });
      }
      for (const name of live) {
        if (!names.includes(name) && !name.startsWith(stagingPrefix))
          await db.collection(name).drop();
      }
    },
    abort: dropStaging,
  };
}
