/**
 * Rebuilds the demonstration snapshot: the real recorded organisation(s) of `recorded/`
 * followed by 300 synthetic ones, deterministically (seeded), so re-running it changes nothing.
 *   tsx shared/src/open-data/snapshot/generate.ts
 * `refresh.ts` replaces this demo with a live recording when the service is reachable.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { writeDirectoryCopy } from '../directoryCopy.ts';
import { defaultSnapshotFile } from '../openDataPaths.ts';
import { readLookup } from '../readLookups.ts';
import { generateSyntheticOrganisations } from './generateSyntheticOrganisations.ts';

const recordedDir = fileURLToPath(new URL('./recorded/', import.meta.url));

const recorded = await Promise.all(
  (await readdir(recordedDir))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map(async (file) => JSON.parse(await readFile(`${recordedDir}${file}`, 'utf8')) as unknown),
);
const synthetic = generateSyntheticOrganisations({
  categories: await readLookup('categories'),
  legalStatuses: await readLookup('legalStatus'),
});

await writeDirectoryCopy(defaultSnapshotFile, {
  source: 'https://social.brussels/rest/search/organisation/*',
  // The newest real capture (organisation 13219, between 2020-08-28 and 2020-09-14).
  fetchedAt: '2020-09-14T00:00:00.000Z',
  note:
    `${recorded.length} real record(s) recorded by third parties (see README), then ${synthetic.length} ` +
    'synthetic records (ids >= 900001, remark "Organisation fictive") made by snapshot/generate.ts.',
  records: [...recorded, ...synthetic],
});
console.log(`Wrote ${recorded.length + synthetic.length} records to ${defaultSnapshotFile}`);
