import type { Payload } from 'payload';
import { hospichildArticles, hospichildSections } from './data/hospichild.ts';
import { seedArticles } from './seedArticles.ts';
import { seedSections } from './seedSections.ts';
import { seedUsers, type DemoCredentials } from './seedUsers.ts';

export interface SeedOptions {
  credentials: DemoCredentials;
  log?: (line: string) => void;
}

/**
 * Fills the database with demonstration content. Idempotent: what already exists (same
 * e-mail, same slug) is left as it is, so running it twice changes nothing.
 */
export async function seed(payload: Payload, { credentials, log = console.log }: SeedOptions) {
  const started = Date.now();
  log('Seeding demo content…');
  const users = await seedUsers(payload, credentials);
  const sectionIds = await seedSections(payload, 'hospichild', hospichildSections, log);
  const articles = await seedArticles(payload, 'hospichild', hospichildArticles, sectionIds, log);
  log(
    `Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${users.created} user(s), ${articles.created} new article(s), ${sectionIds.size} section(s).`,
  );
  return { users, articles, sections: sectionIds.size };
}

/** True when the database holds no article yet: `npm start` seeds only then. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: true });
  return totalDocs === 0;
}
