import './withoutRebuilds.ts';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { getPayload } from 'payload';
import config from '../payload.config.ts';
import { env } from '../env.ts';
import { seedUsers } from './seedUsers.ts';
import { toLexical } from './toLexical.ts';

// `tsx src/seed/benchCli.ts <count>`: fills the database with generated bilingual articles
// for `npm run bench`, printing the seed rate. Not demo content: never run it on real data.
const count = Number(process.argv[2] ?? 2000);
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
await seedUsers(payload, { email: env.CMS_ADMIN_EMAIL, password: env.CMS_ADMIN_PASSWORD });
const words = [
  'hôpital',
  'enfant',
  'parents',
  'soins',
  'école',
  'fratrie',
  'mutualité',
  'nuit',
  'droits',
];
const started = performance.now();
for (let index = 0; index < count; index += 1) {
  const word = words[index % words.length] ?? 'enfant';
  const doc = await payload.create({
    collection: 'articles',
    locale: 'fr',
    data: {
      title: `Article de mesure ${index} sur ${word}`,
      summary: `Résumé généré numéro ${index}.`,
      body: toLexical([
        `Texte généré pour la mesure de performance, numéro ${index}, au sujet: ${word}.`,
      ]),
      kind: 'news',
      portals: ['hospichild'],
      isDemo: true,
      _status: 'published',
    },
    overrideAccess: true,
  });
  await payload.update({
    collection: 'articles',
    id: doc.id,
    locale: 'nl',
    data: {
      title: `Meetartikel ${index}`,
      summary: `Gegenereerde samenvatting ${index}.`,
      body: toLexical([`Gegenereerde tekst voor de prestatiemeting, nummer ${index}.`]),
      _status: 'published',
    },
    overrideAccess: true,
  });
  if ((index + 1) % 250 === 0) console.log(`  seeded ${index + 1}/${count}`);
}
const seconds = (performance.now() - started) / 1000;
const figures = { count, seconds, perSecond: count / seconds };
// The benchmark reads its figures from the data folder it gave this process.
writeFileSync(path.join(env.CMS_DATA_DIR, 'bench-seed.json'), JSON.stringify(figures));
console.log(`Seeded ${count} bilingual articles in ${seconds.toFixed(1)} s.`);
await payload.destroy();
process.exit(0);
