import type { PortalId } from '@portals/content-models';
import type { Payload } from 'payload';
import { bornInBrusselsDirectory } from './data/bornInBrusselsDirectory.ts';
import { hospichildDirectory } from './data/hospichildDirectory.ts';
import { progress } from './progress.ts';

interface Curation {
  categoryIds: number[];
  organisationIds: number[];
  notes: { organisationId: number; text: { fr: string; nl: string } }[];
}

/** The portals whose record carries a directory curation, and what it selects. */
const curations: [PortalId, Curation][] = [
  ['hospichild', hospichildDirectory],
  ['born-in-brussels', bornInBrusselsDirectory],
];

function hasRules(directory: Partial<Record<string, unknown[] | null>> | null | undefined) {
  return Object.values(directory ?? {}).some((value) => Array.isArray(value) && value.length > 0);
}

/**
 * Writes each portal's directory curation into its record, unless an editor already set one:
 * records seeded before the field existed get it too, and a second run changes nothing.
 */
export async function seedDirectoryCuration(payload: Payload, log: (line: string) => void) {
  let created = 0;
  const bar = progress('directory curations', curations.length, log);
  for (const [portal, curation] of curations) {
    const { docs } = await payload.find({
      collection: 'portals',
      where: { portal: { equals: portal } },
      locale: 'fr',
      depth: 0,
      limit: 1,
      overrideAccess: true,
    });
    const record = docs[0];
    if (record && !hasRules(record.directory)) {
      const { notes, ...rules } = curation;
      const saved = await payload.update({
        collection: 'portals',
        id: record.id,
        locale: 'fr',
        data: {
          directory: { ...rules, notes: notes.map((note) => ({ ...note, text: note.text.fr })) },
        },
        overrideAccess: true,
      });
      // Array rows keep their ids across locales: the Dutch notes go into the same rows.
      const rows = saved.directory?.notes ?? [];
      await payload.update({
        collection: 'portals',
        id: record.id,
        locale: 'nl',
        data: {
          directory: {
            notes: rows.map((row, index) => ({ ...row, text: notes[index]?.text.nl ?? row.text })),
          },
        },
        overrideAccess: true,
      });
      created += 1;
    }
    bar.tick();
  }
  return { created };
}
