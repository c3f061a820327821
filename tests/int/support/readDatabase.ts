import { DatabaseSync } from 'node:sqlite';
import { BSON, MongoClient } from 'mongodb';

/**
 * Every row of every table (SQLite) or every document of every collection (MongoDB, as
 * canonical Extended JSON), keyed by table or collection: what a restore must give back.
 */
export async function readDatabase(url: string): Promise<Record<string, unknown[]>> {
  if (url.startsWith('file:')) {
    const db = new DatabaseSync(url.slice('file:'.length), { readOnly: true });
    try {
      const tables = db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
        .all()
        .map((row) => String(row.name));
      return Object.fromEntries(
        tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]),
      );
    } finally {
      db.close();
    }
  }
  const client = await new MongoClient(url).connect();
  try {
    const db = client.db();
    const names = (await db.listCollections({}, { nameOnly: true }).toArray())
      .map((info) => info.name)
      .sort();
    const all: Record<string, unknown[]> = {};
    for (const name of names) {
      const docs = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
      all[name] = docs.map((doc) => BSON.EJSON.serialize(doc, { relaxed: false }));
    }
    return all;
  } finally {
    await client.close();
  }
}

/** Drops a MongoDB database a test created; nothing to do for SQLite (its folder is removed). */
export async function dropTestDatabase(url: string): Promise<void> {
  if (url.startsWith('file:')) return;
  const client = await new MongoClient(url).connect();
  try {
    await client.db().dropDatabase();
  } finally {
    await client.close();
  }
}
