import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { portals } from '@portals/content-models';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSite } from '../../scripts/lib/buildSite.ts';
import { repoTempDir } from '../../scripts/lib/repoTempDir.ts';
import { startThrowawayCms, type ThrowawayCms } from '../../scripts/lib/throwawayCms.ts';
import { startMongoEmulator, type MongoEmulator } from '../int/support/mongoEmulator.ts';

/**
 * `npm start` on MongoDB (issue #14): the same steps (migrations from the MongoDB folder, the
 * demo seed, the production CMS with `next start`, a portal build from its REST API) with
 * `DATABASE_URL` on the in-memory wire-protocol emulator instead of SQLite. seul avec enfant
 * is the portal built: the smallest, and it reads joins (validations, journeys, referents).
 */
const work = repoTempDir('tests/.tmp', 'e2e-mongo-');
const liveDir = path.join(work, 'dist');
let emulator: MongoEmulator;
let cms: ThrowawayCms;
let pages = 0;

beforeAll(async () => {
  vi.stubEnv('OPEN_DATA_OFFLINE', '1');
  emulator = await startMongoEmulator('portals_e2e');
  cms = await startThrowawayCms({ log: () => undefined, env: { DATABASE_URL: emulator.url } });
  ({ pages } = await buildSite(portals.seulAvecEnfant, {
    cmsUrl: cms.url,
    siteUrl: 'http://localhost:4323',
    liveDir,
    log: () => undefined,
  }));
}, 900_000);

afterAll(async () => {
  cms?.stop();
  await emulator?.stop();
  rmSync(work, { recursive: true, force: true });
});

const html = (urlPath: string) =>
  readFileSync(path.join(liveDir, 'client', urlPath, 'index.html'), 'utf8');

describe('npm start on MongoDB', () => {
  it('serves the seeded content through the REST API', async () => {
    const response = await fetch(`${cms.url}/api/journeys?limit=1&depth=0`);
    expect(response.status).toBe(200);
    const { totalDocs } = (await response.json()) as { totalDocs: number };
    expect(totalDocs).toBeGreaterThan(0);
  });

  it('builds a portal whose pages show joined content: validation and journeys', () => {
    expect(pages).toBeGreaterThan(20);
    expect(html('fr/articles/pension-alimentaire-impayee-le-recours-au-secal')).toContain(
      'Contenu validé par Service des créances alimentaires (SECAL)',
    );
    expect(html('fr/parcours/je-me-separe-ou-je-divorce')).toMatch(/<ol class="steps"/);
  });
});
