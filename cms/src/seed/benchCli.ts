import './withoutRebuilds.ts';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { getPayload } from 'payload';
import config from '../payload.config.ts';
import { env } from '../env.ts';
import { benchBody, benchTopic } from './benchArticle.ts';
import { benchLeafSections } from './benchSections.ts';
import type { Id } from './findId.ts';
import { seedUsers } from './seedUsers.ts';

// `tsx src/seed/benchCli.ts <count> [--from <index>]`: adds `count` generated bilingual articles
// (numbered from `--from`, default 0) for `npm run bench`, printing the seed rate. The first
// call also creates the demo accounts and a three-level section tree; the benchmark calls it
// again with `--from` to grow the same CMS to the next size. Not demo content: never run it on
// real data (every document is marked isDemo all the same).
function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}
const count = Number(process.argv[2] ?? 2000);
const from = Number(option('--from') ?? 0);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(from) || from < 0) {
  throw new Error('Usage: tsx src/seed/benchCli.ts <count> [--from <index>] (whole numbers).');
}
const payload = await getPayload({ config });
// The benchmark's database is thrown away afterwards: this connection neither syncs to disk nor
// keeps a rollback journal on it. Without transactions (Payload's SQLite default) every one of
// the ~40 statements of an article was its own fsync: 70 % of the seed's time. The CMS that
// serves the benchmark opens the file with the defaults again (these settings are per connection).
const { client } = payload.db as unknown as { client?: { execute(sql: string): Promise<unknown> } };
if (env.DATABASE_URL.startsWith('file:') && client) {
  await client.execute('PRAGMA journal_mode = MEMORY');
  await client.execute('PRAGMA synchronous = OFF');
}
// The demo accounts, so the benchmark can edit through the REST API as an editor would.
if (from === 0) {
  await seedUsers(payload, { email: env.CMS_ADMIN_EMAIL, password: env.CMS_ADMIN_PASSWORD });
}
const leaves = await benchLeafSections(payload);
const started = performance.now();
// Ids created by this call: one article in five links to an earlier one in its body.
const created: Id[] = [];
for (let index = from; index < from + count; index += 1) {
  const linkTo = index % 5 === 4 ? created[(index * 7) % created.length] : undefined;
  const section = leaves[index % leaves.length];
  const doc = await payload.create({
    collection: 'articles',
    locale: 'fr',
    data: {
      title: `Article de mesure ${index} sur ${benchTopic(index, 'fr')}`,
      summary: `Résumé généré numéro ${index}.`,
      body: benchBody(index, 'fr', linkTo),
      // Mostly permanent pages in the tree, one in ten a news item, as on the portals.
      kind: index % 10 === 0 ? 'news' : 'page',
      sections: section === undefined ? [] : [section],
      portals: ['hospichild'],
      isDemo: true,
      _status: 'published',
    },
    overrideAccess: true,
    depth: 0,
  });
  await payload.update({
    collection: 'articles',
    id: doc.id,
    locale: 'nl',
    data: {
      title: `Meetartikel ${index} over ${benchTopic(index, 'nl')}`,
      summary: `Gegenereerde samenvatting ${index}.`,
      body: benchBody(index, 'nl', linkTo),
      _status: 'published',
    },
    overrideAccess: true,
    depth: 0,
  });
  created.push(doc.id);
  if ((index + 1 - from) % 250 === 0) console.log(`  seeded ${index + 1 - from}/${count}`);
}
const seconds = (performance.now() - started) / 1000;
const figures = { count, seconds, perSecond: count / seconds };
// The benchmark reads its figures from the data folder it gave this process.
writeFileSync(path.join(env.CMS_DATA_DIR, 'bench-seed.json'), JSON.stringify(figures));
console.log(`Seeded ${count} bilingual articles (from number ${from}) in ${seconds.toFixed(1)} s.`);
await payload.destroy();
process.exit(0);
